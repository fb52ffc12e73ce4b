package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Highlighted passages as terminal text: marks become **, every HTML entity its character. */
class PassagesTest {
  @Test
  void decodesNamedAndNumberedEntitiesAndMarksTheHighlights() {
    assertEquals("Café “**Belt**” <road> & China’s ’ / 'x'  \"q\"",
        Passages.plain("Caf&eacute; &ldquo;<mark>Belt</mark>&rdquo; &lt;road&gt; &amp; "
            + "China&#8217;s &#x2019; &#x2F; &#39;x&#x27; &nbsp;&quot;q&quot;"));
  }

  @Test
  void joinsTheLinesOfAPassage() {
    assertEquals("one two", Passages.plain("one\n  two"));
  }
}
