package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.parse.PaperParser;
import org.junit.jupiter.api.Test;

/** A record given another id (the index's, or the work id) keeps every part of its paper. */
class RenamedRecordTest {

  @Test
  void aRecordUnderAnotherIdKeepsFrontMatterKeywordsLanguagesAndAuthors() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/papers/zh-cnki-finance.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParsedPaper p = new PaperParser().parse(
        new Paper("finance", "papers/finance.txt", text, PaperMetadata.EMPTY, "h"));
    PaperRecord renamed = PaperIds.withId(
        new PaperRecord(p, List.of(), List.of(), List.of(), List.of()), "other-id");
    assertEquals("other-id", renamed.paper().id());
    assertEquals(p.withId("other-id"), renamed.paper());
    assertEquals(List.of("王明", "李华"), renamed.paper().authors());
    assertEquals("zh", renamed.paper().language());
    assertEquals(8, renamed.paper().keywords().size());
  }
}
