package se.namndbok.reports.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the page column of a printed contents back: where the row of a punkt says the item stands. */
public final class Contents {
  /** First and last page as printed ("7–67" gives 7 and 67; "3" gives 3 and 3). */
  public record Range(int first, int last) {}

  private final String text;

  private Contents(String text) {
    this.text = text;
  }

  /** The contents as printed on pages {@code from} to {@code to} (1-based), sorted by position. */
  public static Contents read(Path pdf, int from, int to) throws IOException {
    return read(java.nio.file.Files.readAllBytes(pdf), from, to);
  }

  public static Contents read(byte[] pdf, int from, int to) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return new Contents(stripper.getText(doc));
    }
  }

  /** The contents as already read, e.g. {@code PrintedPdf.pages} 2–4 joined. */
  public static Contents of(String text) {
    return new Contents(text);
  }

  public Range range(String punkt, String arendenr) {
    Pattern row = Pattern.compile("(?m)^" + Pattern.quote(punkt) + " .*?" + Pattern.quote(arendenr)
        + " (\\d+)(?:–(\\d+))?\\s*$");
    Matcher m = row.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no contents row for punkt " + punkt + " " + arendenr + " in:\n" + text);
    }
    int first = Integer.parseInt(m.group(1));
    return new Range(first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
  }

  public String text() {
    return text;
  }
}
