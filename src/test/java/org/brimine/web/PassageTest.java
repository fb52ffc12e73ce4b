package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.brimine.report.Templates;
import org.junit.jupiter.api.Test;

/** A highlighted passage is read back into text and marks, and written escaped. */
class PassageTest {
  @Test
  void aPassagesTagsAndEntitiesAreNotItsLetters() {
    assertEquals("zh", Passage.of(
        "<mark>亚投行</mark>的<mark>AIIB</mark> &amp; <mark>贷款</mark>&#x2F;").lang());
    assertNull(Passage.of("The <mark>AIIB</mark> lent &amp; swapped").lang());
  }

  @Test
  void readsTheHighlightersEscapingBackIntoTextAndMarks() {
    Passage p = Passage.of("&lt;script&gt;x&lt;&#x2F;script&gt; The <mark>bond</mark> &amp; "
        + "&quot;ports&#39;");
    assertEquals(List.of(new Passage.Part("<script>x</script> The ", false),
        new Passage.Part("bond", true), new Passage.Part(" & \"ports'", false)), p.parts());
  }

  @Test
  void writesTheTextEscapedAndOnlyTheMatchesMarked() {
    String html = Templates.render("web/passage.jte", Passage.of(
        "&lt;mark&gt;&lt;script&gt;alert(1)&lt;&#x2F;script&gt; the <mark>bond</mark> market"));
    assertEquals("<p class=\"passage\">&lt;mark&gt;&lt;script&gt;alert(1)&lt;/script&gt; the "
        + "<mark>bond</mark> market</p>", html);
  }
}
