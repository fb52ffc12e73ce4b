package org.brimine;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

  /**
   * A PDF of Chinese text, one line of the list a line, set in STSong-Light, a CJK font a PDF
   * may name without embedding it (PDFBox cannot embed the CFF outlines of the installed CJK
   * fonts); its characters are written in UCS-2 through the predefined CMap UniGB-UCS2-H, which
   * PDFBox maps back to Unicode when it extracts the text. A line that is only a page number
   * is set at the foot of its page and ends the page. Characters outside the BMP or GB 2312
   * (superscript digits) cannot be written: write "王明1", as extraction gives them anyway.
   */
  public static byte[] chinese(List<String> lines) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = new PDType0Font(stSongLight());
      List<StringBuilder> pages = new ArrayList<>();
      float y = 0;
      StringBuilder content = null;
      for (String line : lines) {
        if (content == null) {
          content = new StringBuilder();
          pages.add(content);
          y = 740;
        }
        boolean pageNumber = line.strip().matches("\\d{1,4}");
        content.append("BT /F1 9 Tf 72 ").append(pageNumber ? 40 : y).append(" Td <");
        for (char c : line.toCharArray()) {
          content.append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
        }
        content.append("> Tj ET\n");
        y -= 13;
        if (pageNumber || y < 60) {
          content = null;
        }
      }
      for (StringBuilder page : pages) {
        PDPage pdPage = new PDPage();
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), font);
        pdPage.setResources(resources);
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream()) {
          out.write(page.toString().getBytes(StandardCharsets.US_ASCII));
        }
        pdPage.setContents(stream);
        doc.addPage(pdPage);
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dictionary of STSong-Light as a Type0 font over Adobe-GB1, not embedded. */
  private static COSDictionary stSongLight() {
    COSDictionary system = new COSDictionary();
    system.setString(COSName.REGISTRY, "Adobe");
    system.setString(COSName.ORDERING, "GB1");
    system.setInt(COSName.SUPPLEMENT, 4);
    COSDictionary descriptor = new COSDictionary();
    descriptor.setName(COSName.TYPE, "FontDescriptor");
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134));
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 80);
    COSArray widths = new COSArray(); // CIDs 1 to 95 are the half-width ASCII characters
    widths.add(COSInteger.get(1));
    widths.add(COSInteger.get(95));
    widths.add(COSInteger.get(500));
    COSDictionary cidFont = new COSDictionary();
    cidFont.setName(COSName.TYPE, "Font");
    cidFont.setName(COSName.SUBTYPE, "CIDFontType0");
    cidFont.setName(COSName.BASE_FONT, "STSong-Light");
    cidFont.setItem(COSName.CIDSYSTEMINFO, system);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setInt(COSName.DW, 1000);
    cidFont.setItem(COSName.W, widths);
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    COSDictionary font = new COSDictionary();
    font.setName(COSName.TYPE, "Font");
    font.setName(COSName.SUBTYPE, "Type0");
    font.setName(COSName.BASE_FONT, "STSong-Light");
    font.setName(COSName.ENCODING, "UniGB-UCS2-H");
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return font;
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

  /**
   * A PDF written by hand whose page content stream claims a CCITT fax filter with a negative
   * width: PDFBox opens it, and extracting its text fails inside PDFBox with the JDK's
   * {@code NegativeArraySizeException} ("-2"), an unchecked exception whose message has no
   * reason code.
   */
  public static byte[] failingInsidePdfBox() {
    String content = "BT /F1 12 Tf 72 720 Td (Hello world one two three) Tj ET";
    List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " /Filter /CCITTFaxDecode "
            + "/DecodeParms << /Columns -4 /K 1 >> >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
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
