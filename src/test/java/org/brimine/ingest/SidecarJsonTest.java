package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brimine.model.PaperMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidecar a librarian's add writes: its fields in a fixed order, byte for byte. */
class SidecarJsonTest {
  @TempDir
  Path corpus;

  @Test
  void writesEveryFieldInOrderWithNullsAndTheOrigin() throws IOException {
    PaperMetadata m = new PaperMetadata("“一带一路”资金融通", List.of("王明", "Li Hua"), 2019, null,
        "10.1000/x", null, "zh");
    assertEquals("""
        {
          "title" : "“一带一路”资金融通",
          "authors" : [ "王明", "Li Hua" ],
          "year" : 2019,
          "venue" : null,
          "doi" : "10.1000/x",
          "url" : null,
          "language" : "zh",
          "origin" : "/in/zh.txt"
        }
        """, new CorpusWriter(corpus).metadataJson(m, "/in/zh.txt"));
  }

  @Test
  void leavesTheOriginOutWhenNotRecorded() throws IOException {
    assertEquals("""
        {
          "title" : null,
          "authors" : [ ],
          "year" : null,
          "venue" : null,
          "doi" : null,
          "url" : null,
          "language" : null
        }
        """, new CorpusWriter(corpus).metadataJson(PaperMetadata.EMPTY, null));
  }
}
