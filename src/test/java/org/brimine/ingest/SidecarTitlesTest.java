package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.brimine.model.PaperMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sidecar keeps a paper's English and Chinese titles, and is written as before without them. */
class SidecarTitlesTest {
  @TempDir
  java.nio.file.Path corpus;

  @Test
  void theEnglishAndChineseTitlesSurviveTheSidecarRoundTrip() throws IOException {
    PaperMetadata m = new PaperMetadata("一带一路金融合作研究", List.of("王明"), 2020, "国际金融研究",
        null, null, "zh", "Financial cooperation along the Belt and Road", "一带一路金融合作研究",
        null);
    String json = new CorpusWriter(corpus).metadataJson(m, null);
    PaperMetadata read = new MetadataReader().read(json);
    assertEquals("Financial cooperation along the Belt and Road", read.titleEn(), json);
    assertEquals("一带一路金融合作研究", read.titleZh(), json);
    assertEquals(m, read);
  }

  @Test
  void aSidecarWithoutTheTwoTitlesHasNoFieldsForThem() throws IOException {
    PaperMetadata m = new PaperMetadata("Debt", List.of("Hurley, J"), 2019, null, null, null,
        "en", null, null, null);
    String json = new CorpusWriter(corpus).metadataJson(m, "/x.ris#k");
    assertFalse(json.contains("titleEn") || json.contains("titleZh"), json);
    assertEquals("{\n  \"title\" : \"Debt\",\n  \"authors\" : [ \"Hurley, J\" ],\n"
        + "  \"year\" : 2019,\n  \"venue\" : null,\n  \"doi\" : null,\n  \"url\" : null,\n"
        + "  \"language\" : \"en\",\n  \"origin\" : \"/x.ris#k\"\n}\n", json);
  }
}
