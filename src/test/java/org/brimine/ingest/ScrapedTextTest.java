package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scraped-page cleaner: what it keeps, what it drops, and that it counts what it drops. */
class ScrapedTextTest {
  @Test
  void decodesEveryHtmlEntityNamedOrNumbered() {
    assertEquals("Café déjà vu: China’s “green” loans — "
        + "¥5 bn < €1 bn & more’s 1 2",
        ScrapedText.unescape("Caf&eacute; d&eacute;j&agrave; vu: China&#8217;s "
            + "&ldquo;green&rdquo; loans &mdash; &yen;5 bn &lt; &euro;1 bn &amp; more&#x2019;s"
            + "&nbsp;1 2"));
  }

  @Test
  void decodesEntitiesOnceSoAnEscapedEntityStaysText() {
    assertEquals("write &eacute; for é", ScrapedText.unescape("write &amp;eacute; for &eacute;"));
  }

  @Test
  void countsEveryLineItDrops() {
    ScrapedText.Cleaned cleaned = ScrapedText.clean("""
        Business
        Share this
        The China-Laos Railway carried rubber and fruit to Kunming last year.

        RELATED
        Click here to subscribe to our newsletter and read more stories.
        """);
    assertEquals("The China-Laos Railway carried rubber and fruit to Kunming last year.",
        cleaned.text());
    assertEquals(4, cleaned.droppedLines());
  }

  @Test
  void keepsAParagraphThatEndsWithAnAgencyCreditWithoutTheCredit() {
    ScrapedText.Cleaned cleaned = ScrapedText.clean("Italy said the decision to join the Belt "
        + "and Road had been \u201catrocious\u201d. REUTERS");
    assertEquals("Italy said the decision to join the Belt and Road had been \u201catrocious\u201d.",
        cleaned.text());
    assertEquals(0, cleaned.droppedLines());
  }

  @Test
  void stripsPhotoCreditsNamingTheAgencyAndItsPhotographer() {
    assertEquals("A person walks past a sign of the Third Belt and Road Forum in Beijing, Oct 18, "
        + "2023.", ScrapedText.clean("A person walks past a sign of the Third Belt and Road Forum "
        + "in Beijing, Oct 18, 2023. REUTERS/Tingshu Wang").text());
    assertEquals("Leaders pose for a family photo at the Brics Summit in Johannesburg in August.",
        ScrapedText.clean("Leaders pose for a family photo at the Brics Summit in Johannesburg in "
            + "August.\u2009Ng Han Guan/Pool via REUTERS/File photo").text());
    assertEquals("FILE PHOTO: U.N. Secretary-General Antonio Guterres spoke in Beijing on Sunday.",
        ScrapedText.clean("FILE PHOTO: U.N. Secretary-General Antonio Guterres spoke in Beijing "
            + "on Sunday. \u2014REUTERS").text());
  }

  @Test
  void dropsALineThatIsOnlyACreditAndCountsIt() {
    ScrapedText.Cleaned cleaned = ScrapedText.clean("AFP, REUTERS\nPorts along the Maritime "
        + "Silk Road are financed by the Silk Road Fund.");
    assertEquals("Ports along the Maritime Silk Road are financed by the Silk Road Fund.",
        cleaned.text());
    assertEquals(1, cleaned.droppedLines());
  }

  @Test
  void keepsASentenceThatEndsWithAnAgencyAsItsObject() {
    assertEquals("The analyst said the port was a risk, she told AFP.",
        ScrapedText.clean("The analyst said the port was a risk, she told AFP.").text());
  }

  @Test
  void normalisesWhitespaceOnlyWhenNotCleaning() {
    assertEquals("Short line\nBusiness\n\nRELATED &nbsp; links",
        ScrapedText.normaliseWhitespace("  Short \t line \nBusiness\n\n\n\nRELATED \u00a0&nbsp;"
            + "   links  \n"));
  }
}
