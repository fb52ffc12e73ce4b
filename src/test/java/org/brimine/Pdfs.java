package org.brimine;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Small PDFs made with PDFBox, for the tests that read PDF input. */
public final class Pdfs {
  private Pdfs() {}

  /** A one-page PDF with these lines of text, and this title in its document information. */
  public static byte[] withText(String title, List<String> lines) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      if (title != null) {
        doc.getDocumentInformation().setTitle(title);
      }
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(72, 720);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -14);
        }
        content.endText();
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A run of text placed on a page: where its baseline starts, in points from the bottom left,
   * and in which font and size.
   */
  public record Placed(int page, float x, float y, Standard14Fonts.FontName font, float size,
      String text) {}

  /** A PDF laid out as a typeset paper: each run of text where and how it is placed. */
  public static byte[] laidOut(List<Placed> runs) {
    try (PDDocument doc = new PDDocument()) {
      int pages = runs.stream().mapToInt(Placed::page).max().orElse(0) + 1;
      for (int i = 0; i < pages; i++) {
        doc.addPage(new PDPage());
      }
      for (int i = 0; i < pages; i++) {
        try (PDPageContentStream content = new PDPageContentStream(doc, doc.getPage(i))) {
          for (Placed run : runs) {
            if (run.page() == i) {
              content.beginText();
              content.setFont(new PDType1Font(run.font()), run.size());
              content.newLineAtOffset(run.x(), run.y());
              content.showText(run.text());
              content.endText();
            }
          }
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF holding only an image, as a scan without OCR. */
  public static byte[] imageOnly() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
      image.setRGB(10, 10, 0xffffff);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(LosslessFactory.createFromImage(doc, image), 72, 600, 200, 200);
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first part of a PDF, as a download cut short leaves it. */
  public static byte[] truncated(byte[] pdf) {
    return Arrays.copyOf(pdf, pdf.length / 2);
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
