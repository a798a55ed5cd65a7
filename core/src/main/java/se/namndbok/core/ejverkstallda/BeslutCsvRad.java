package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.ImportErrors;
import se.namndbok.core.shared.Personnummer;
import se.namndbok.core.shared.Texts;
import se.namndbok.core.shared.ValidationException;

/**
 * Reads one line of the import file into a decision, reporting each unreadable cell at its line and column. An
 * unreadable cell is left empty, so that the line's other fields are still checked and all its errors are reported
 * at once.
 */
final class BeslutCsvRad {
  private final CsvImportFile.Row row;
  private final ImportErrors errors;
  private final Set<BeslutFalt> olasbara = EnumSet.noneOf(BeslutFalt.class);

  /** The line as read: {@code olasbara} are the fields whose cells could not be read (left null in the decision). */
  record Last(GynnandeBeslut beslut, Set<BeslutFalt> olasbara) {}

  private BeslutCsvRad(CsvImportFile.Row row, ImportErrors errors) {
    this.row = row;
    this.errors = errors;
  }

  /** The decision with every readable cell, and which cells could not be read (the errors are in {@code errors}). */
  static Last parse(CsvImportFile.Row row, ImportErrors errors) {
    BeslutCsvRad r = new BeslutCsvRad(row, errors);
    GynnandeBeslut b = new GynnandeBeslut(r.text(BeslutFalt.ID), r.code(BeslutFalt.LAG, Lag::find, "SoL eller LSS"),
        r.text(BeslutFalt.INSATS), r.code(BeslutFalt.KON, Kon::find, "K eller M"), r.fodelsear(),
        r.date(BeslutFalt.BESLUTSDATUM), r.date(BeslutFalt.AVBROTTSDATUM), r.date(BeslutFalt.VERKSTALLIGHETSDATUM),
        r.date(BeslutFalt.AVSLUTSDATUM),
        r.code(BeslutFalt.AVSLUTSORSAK, Avslutsorsak::find, "AVLIDEN, EGEN-BEGARAN eller UTAN-VERKSTALLAN"),
        r.code(BeslutFalt.SKAL, Skal::find, "en skälkod, t.ex. PLATSBRIST eller OVRIGT"), r.erbjudanden());
    return new Last(b, Set.copyOf(r.olasbara));
  }

  /** Reads one cell; a refused one is recorded as unreadable. */
  private <T> T cell(BeslutFalt f, Supplier<T> parse) {
    int before = errors.size();
    T value = errors.cell(row.line(), f.kolumn(), parse);
    if (errors.size() != before) {
      olasbara.add(f);
    }
    return value;
  }

  private String text(BeslutFalt f) {
    return row.get(f.kolumn());
  }

  private <T> T code(BeslutFalt f, Function<String, Optional<T>> find, String allowed) {
    String value = text(f);
    return value == null ? null : cell(f, () -> find.apply(value).orElseThrow(
        () -> ValidationException.of(f.etikett(), Personnummer.citat(value) + " är ingen giltig kod; skriv " + allowed)));
  }

  private LocalDate date(BeslutFalt f) {
    return cell(f, () -> Texts.parseDate(text(f), f.etikett()));
  }

  /** The days of offers: ISO dates separated by spaces or commas, in any order. */
  private List<LocalDate> erbjudanden() {
    String value = text(BeslutFalt.ERBJUDANDEN);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<LocalDate> days = cell(BeslutFalt.ERBJUDANDEN, () -> dagar(value));
    return days == null ? List.of() : days;
  }

  static List<LocalDate> dagar(String value) {
    List<LocalDate> days = new ArrayList<>();
    for (String dag : value.strip().split("[\\s,]+")) {
      if (!dag.isEmpty()) {
        days.add(Texts.parseDate(dag, BeslutFalt.ERBJUDANDEN.etikett()));
      }
    }
    return days;
  }

  private Integer fodelsear() {
    String value = text(BeslutFalt.FODELSEAR);
    if (value == null) {
      return null;
    }
    return cell(BeslutFalt.FODELSEAR, () -> {
      if (!fyraSiffror(value)) {
        throw ValidationException.of(BeslutFalt.FODELSEAR.etikett(), Personnummer.citat(value) + " är inget årtal; skriv fyra siffror");
      }
      return Integer.parseInt(value);
    });
  }

  /** {@code \d{4}} without a regex (it ran for every line of an import). */
  private static boolean fyraSiffror(String value) {
    return value.length() == 4 && value.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
