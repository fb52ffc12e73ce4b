// A box that filters the values of a long facet as you type: it hides the values whose text
// does not hold what is typed (in any case). Without script the box stays hidden and every
// value is shown.
"use strict";
document.querySelectorAll("input.facet-filter").forEach(function (box) {
  var list = document.querySelector('ul[data-facet="' + box.dataset.filters + '"]');
  if (!list) {
    return;
  }
  box.hidden = false;
  box.addEventListener("input", function () {
    var typed = box.value.trim().toLocaleLowerCase();
    list.querySelectorAll("li").forEach(function (item) {
      var text = item.querySelector("a").textContent.toLocaleLowerCase();
      item.hidden = typed !== "" && text.indexOf(typed) < 0;
    });
  });
});
