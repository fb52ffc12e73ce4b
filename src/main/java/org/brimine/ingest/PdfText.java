package org.brimine.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.brimine.model.PaperMetadata;

/**
 * Extracts the text of a PDF with PDFBox, page by page in reading order, with the title and
 * authors its document information holds.
 *
 * <p>NOTE: PDFBox repairs what it can, so a file cut short often still opens. A PDF is taken as
 * truncated when its last kilobyte has no {@code %%EOF} marker, whatever PDFBox would make of it.
 */
final class PdfText {
  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** The text of a PDF and the metadata embedded in it. */
  record Extracted(String text, PaperMetadata embedded) {}

  /**
   * Extracts the text of the PDF in {@code bytes}.
   *
   * @throws Rejection (corrupt-pdf, encrypted-pdf, no-text) when there is no text to be had,
   *     also when PDFBox fails on the file with an unchecked exception of its own or the JDK's
   */
  Extracted extract(byte[] bytes) {
    if (bytes.length < HEADER.length || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0,
        HEADER.length)) {
      throw new Rejection(Rejection.Reason.CORRUPT_PDF, "not a PDF (no '%PDF-' header)");
    }
    if (lastIndexOf(bytes, EOF, Math.max(0, bytes.length - 1024)) < 0) {
      throw new Rejection(Rejection.Reason.CORRUPT_PDF, "the PDF is truncated (no '%%EOF' at the"
          + " end of its " + bytes.length + " bytes)");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(pdf);
      if (text.isBlank()) {
        throw new Rejection(Rejection.Reason.NO_TEXT, "the PDF has no extractable text ("
            + pdf.getNumberOfPages() + " pages; scanned images need OCR first)");
      }
      return new Extracted(text, embedded(pdf.getDocumentInformation()));
    } catch (InvalidPasswordException e) {
      throw new Rejection(Rejection.Reason.ENCRYPTED_PDF, "the PDF is password-protected", e);
    } catch (IOException e) {
      throw new Rejection(Rejection.Reason.CORRUPT_PDF, "PDFBox cannot read it: " + e.getMessage(),
          e);
    } catch (Rejection e) {
      throw e;
    } catch (RuntimeException e) {
      // PDFBox fails on some malformed files with an unchecked exception of its own or the JDK's
      // (a NegativeArraySizeException from a fax filter with a negative width): the file is
      // rejected, the batch goes on
      throw new Rejection(Rejection.Reason.CORRUPT_PDF, "PDFBox cannot read it: " + e, e);
    }
  }

  private static PaperMetadata embedded(PDDocumentInformation info) {
    String author = info.getAuthor();
    List<String> authors = author == null ? List.of()
        : Arrays.stream(author.split("[;\n]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    return new PaperMetadata(info.getTitle(), authors, null, null, null, null, null);
  }

  private static int lastIndexOf(byte[] bytes, byte[] needle, int from) {
    for (int i = bytes.length - needle.length; i >= from; i--) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
