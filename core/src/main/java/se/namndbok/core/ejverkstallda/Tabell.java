package se.namndbok.core.ejverkstallda;

import java.util.List;

/**
 * One table of the report as the reference lays it out, ready for a writer (CSV, XLSX, PDF): a title,
 * column headings and rows of a label and whole numbers; {@code summa} rows are the computed totals.
 */
public record Tabell(String rubrik, List<String> kolumner, List<Rad> rader) {
  public Tabell {
    kolumner = List.copyOf(kolumner);
    rader = List.copyOf(rader);
  }

  public record Rad(String etikett, List<Integer> varden, boolean summa) {
    public Rad {
      varden = List.copyOf(varden);
    }
  }
}
