package se.namndbok.core.anmalan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.shared.CsvImportFile;

/**
 * One kind's import file: its columns (required and optional), which column each Swedish field name a refusal
 * names is shown in, the date column, and how a row becomes a new entry.
 */
public record ImportFormat<N>(List<String> kolumner, List<String> valfria, Map<String, String> faltTillKolumn,
    String datumKolumn, String datumFalt, Rad<N> rad) {

  /** The new entry of one row, its date and sekretess already read. */
  @FunctionalInterface
  public interface Rad<N> {
    N of(CsvImportFile.Row row, LocalDate datum, Sekretess sekretess);
  }
}
