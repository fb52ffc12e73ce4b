/*
 * The map view of the search page (web/mapview.jte): the science map of the papers the page's
 * search finds, drawn with Apache ECharts (loaded from /static/echarts.min.js, a WebJar, when
 * the view is first opened), the timeline of its clusters and the table of bursts. Nodes are
 * sized by weight and coloured by cluster; a click on one follows its link, which narrows the
 * search to its papers. Everything shown comes from /api/map and /api/bursts with the page's
 * search; text from the records is set as text, never as markup.
 */
(function () {
  'use strict';
  var view = document.getElementById('map-view');
  if (!view) {
    return;
  }
  /* Tableau 10, then two more: distinct on white, and told apart by most colour-blind readers. */
  var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1',
    '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#8c564b'];
  var LABEL_LENGTH = 40;
  var library = null;
  var chart = null;
  var timeline = null;
  var opened = false;
  /* The latest map and burst requests: an answer to an earlier one, come late, is dropped. */
  var latest = {map: 0, bursts: 0};

  function $(id) {
    return document.getElementById(id);
  }

  function colour(cluster) {
    return PALETTE[(cluster - 1) % PALETTE.length];
  }

  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function shorten(text) {
    return text.length > LABEL_LENGTH ? text.slice(0, LABEL_LENGTH - 1) + '…' : text;
  }

  function clusterName(cluster) {
    return '#' + cluster.id + ' ' + (cluster.label || 'cluster ' + cluster.id);
  }

  /* ECharts, loaded once, when first needed. */
  function echartsLoaded() {
    if (!library) {
      library = new Promise(function (resolve, reject) {
        if (window.echarts) {
          resolve(window.echarts);
          return;
        }
        var script = document.createElement('script');
        script.src = '/static/echarts.min.js';
        script.onload = function () {
          resolve(window.echarts);
        };
        script.onerror = function () {
          library = null;
          reject(new Error('the graph library /static/echarts.min.js did not load'));
        };
        document.head.appendChild(script);
      });
    }
    return library;
  }

  /* The JSON of an API path for the page's search with these parameters besides. */
  function request(path, extra) {
    var params = new URLSearchParams(view.dataset.search);
    Object.keys(extra).forEach(function (k) {
      params.set(k, extra[k]);
    });
    return fetch(path + '?' + params.toString(), {headers: {Accept: 'application/json'}})
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error(body.error + ': ' + body.detail);
          }
          return body;
        });
      });
  }

  function drawMap() {
    var kind = $('map-kind').value;
    var status = $('map-status');
    var mine = ++latest.map;
    status.textContent = 'Drawing the ' + kind + ' map …';
    delete view.dataset.drawn;
    return Promise.all([request('/api/map', {kind: kind, top: $('map-top').value}),
      echartsLoaded()])
      .then(function (answer) {
        if (mine !== latest.map) {
          return;
        }
        var map = answer[0];
        graph(answer[1], map);
        legend(map);
        nodeList(map);
        clusterTimeline(answer[1], map);
        status.textContent = map.nodes.length === 0 ? 'Nothing to map in these ' + map.papers
          + ' papers.' : map.nodes.length + ' nodes, ' + map.edges.length + ' links and '
          + map.clusters.length + ' clusters from ' + map.papers + ' papers. Click a node to '
          + 'narrow the search to its papers.';
        view.dataset.nodes = String(map.nodes.length);
        view.dataset.drawn = kind;
      })
      .catch(function (e) {
        if (mine === latest.map) {
          status.textContent = 'No map: ' + e.message;
        }
      });
  }

  function graph(echarts, map) {
    if (!chart) {
      chart = echarts.init($('map-chart'));
      chart.on('click', function (p) {
        if (p.dataType === 'node' && p.data.href) {
          window.location.href = p.data.href;
        }
      });
      window.addEventListener('resize', function () {
        chart.resize();
        if (timeline) {
          timeline.resize();
        }
      });
    }
    var heaviest = Math.max.apply(null, [1].concat(map.nodes.map(function (n) {
      return n.weight;
    })));
    var strongest = Math.max.apply(null, [1].concat(map.edges.map(function (e) {
      return e.weight;
    })));
    var position = {};
    var nodes = map.nodes.map(function (n, i) {
      position[n.id] = i;
      /* the id, unique, names the node: labels may repeat (papers titled alike), and a node
         named as one before would be dropped, shifting every link after it */
      return {id: n.id, name: n.label, value: n.weight, href: n.href, cluster: n.cluster,
        year: n.year,
        symbolSize: 8 + 32 * Math.sqrt(n.weight / heaviest),
        itemStyle: {color: colour(n.cluster)}};
    });
    var links = map.edges.map(function (e) {
      return {source: position[e.source], target: position[e.target], value: e.weight,
        lineStyle: {width: 0.5 + 3 * e.weight / strongest}};
    });
    chart.setOption({
      animation: false,
      tooltip: {
        formatter: function (p) {
          if (p.dataType === 'node') {
            return escape(p.data.name) + '<br>' + p.data.value + ' papers · cluster #'
              + p.data.cluster + (p.data.year ? ' · since ' + p.data.year : '');
          }
          return 'linked ' + Math.round(p.data.value * 100) / 100 + ' times';
        }
      },
      series: [{
        type: 'graph',
        layout: 'force',
        roam: true,
        force: {repulsion: 160, edgeLength: [40, 140], gravity: 0.2, layoutAnimation: false},
        label: {show: true, position: 'right', fontSize: 11, formatter: function (p) {
          return shorten(p.name);
        }},
        labelLayout: {hideOverlap: true},
        lineStyle: {color: '#a0aec0', opacity: 0.7, curveness: 0.1},
        emphasis: {focus: 'adjacency'},
        data: nodes,
        links: links
      }]
    }, true);
  }

  function legend(map) {
    var list = $('map-legend');
    list.textContent = '';
    map.clusters.forEach(function (c) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour(c.id);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(clusterName(c) + ' (' + c.size + ')'));
      item.dataset.cluster = String(c.id);
      list.appendChild(item);
    });
  }

  /* The nodes as links, heaviest first: what a click on the canvas does, for keyboards too. */
  function nodeList(map) {
    var list = $('map-nodes');
    list.textContent = '';
    map.nodes.forEach(function (n) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour(n.cluster);
      item.appendChild(swatch);
      var link = document.createElement('a');
      link.href = n.href;
      link.textContent = n.label;
      item.appendChild(link);
      item.appendChild(document.createTextNode(' ' + n.weight + (n.year ? ', since ' + n.year
        : '')));
      list.appendChild(item);
    });
  }

  function clusterTimeline(echarts, map) {
    if (!timeline) {
      timeline = echarts.init($('map-timeline'));
    }
    var byId = {};
    map.clusters.forEach(function (c) {
      byId[c.id] = c;
    });
    var rows = map.timeline.clusters;
    timeline.setOption({
      animation: false,
      tooltip: {trigger: 'axis', formatter: function (ps) {
        return escape(ps[0].axisValue) + ps.filter(function (p) {
          return p.value > 0;
        }).map(function (p) {
          return '<br>' + escape(p.seriesName) + ': ' + p.value;
        }).join('');
      }},
      grid: {left: 40, right: 12, top: 24, bottom: 28},
      xAxis: {type: 'category', data: map.timeline.years.map(String)},
      yAxis: {type: 'value', minInterval: 1, name: 'papers'},
      series: rows.map(function (r) {
        return {type: 'bar', stack: 'papers', name: shorten(clusterName(byId[r.cluster])),
          data: r.papers, itemStyle: {color: colour(r.cluster)}};
      })
    }, true);
    view.dataset.timelineClusters = String(rows.length);
  }

  function drawBursts() {
    var field = $('burst-field').value;
    var status = $('burst-status');
    var body = $('bursts').tBodies[0];
    var mine = ++latest.bursts;
    status.textContent = 'Finding the bursts of ' + field + ' …';
    return request('/api/bursts', {field: field}).then(function (report) {
      if (mine !== latest.bursts) {
        return;
      }
      body.textContent = '';
      report.bursts.forEach(function (b) {
        var row = body.insertRow();
        var term = row.insertCell();
        term.textContent = b.label;
        if (b.label !== b.term) {
          term.title = b.term;
        }
        row.insertCell().textContent = String(b.start);
        row.insertCell().textContent = String(b.end);
        row.insertCell().textContent = b.strength.toFixed(2);
      });
      status.textContent = report.bursts.length === 0 ? 'No bursts of ' + field + ' here.'
        : report.bursts.length + ' strongest bursts of ' + field + '.';
      view.dataset.bursts = field;
    }).catch(function (e) {
      if (mine === latest.bursts) {
        status.textContent = 'No bursts: ' + e.message;
      }
    });
  }

  $('map-form').addEventListener('submit', function (event) {
    event.preventDefault();
    drawMap();
  });
  $('burst-form').addEventListener('submit', function (event) {
    event.preventDefault();
    drawBursts();
  });
  view.addEventListener('toggle', function () {
    if (view.open && !opened) {
      opened = true;
      drawMap();
      drawBursts();
    }
  });
  /* map=KIND in the address opens the view with that map. */
  var asked = new URLSearchParams(window.location.search).get('map');
  if (asked) {
    var select = $('map-kind');
    if (Array.prototype.some.call(select.options, function (o) {
      return o.value === asked;
    })) {
      select.value = asked;
    }
    view.open = true;
  }
}());
