package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.namndbok.core.ejverkstallda.persistence.BeslutStaging;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.Granser;
import se.namndbok.core.shared.ImportErrors;

/** Reads an import file's lines into checked decisions, one at a time; every refused cell goes to the errors. */
final class BeslutRader {
  /** The columns, the longest value each may hold, and how many lines a streamed file may have. */
  static final CsvImportFile.Kolumner KOLUMNER = kolumner(Granser.RADER_MAX_BESLUT);

  private BeslutRader() {}

  static CsvImportFile.Kolumner kolumner(long maxRows) {
    return new CsvImportFile.Kolumner(BeslutFalt.obligatoriskaKolumner(), BeslutFalt.valfriaKolumner(),
        Map.of(BeslutFalt.ID.kolumn(), BeslutValidering.REFERENS_MAX, BeslutFalt.INSATS.kolumn(), 20), maxRows);
  }

  /**
   * Hands every line to {@code each} with its line number: with the checked decision when it passes every check,
   * and reports every problem of a line at once (an unreadable cell does not hide the others' errors),
   * else (when its id could be read) with the id alone, so that duplicates are found among all lines. Returns the
   * latest date of the checked decisions (how far the file's data reach), null when none passed.
   */
  static LocalDate read(CsvImportFile csv, BeslutValidering validering, ImportErrors errors,
      Consumer<BeslutStaging.Rad> each) {
    LocalDate[] senast = {null};
    csv.forEachRow(errors, row -> {
      BeslutCsvRad.Last last = BeslutCsvRad.parse(row, errors);
      GynnandeBeslut b = last.beslut();
      // an unreadable cell is already reported; its field is not checked again as empty
      List<BeslutValidering.Fel> fel = validering.validate(b).stream()
          .filter(f -> !last.olasbara().contains(f.falt())).toList();
      fel.forEach(f -> errors.add(row.line(), f.falt().kolumn(), f.meddelande()));
      if (last.olasbara().isEmpty() && fel.isEmpty()) {
        LocalDate d = b.senasteDatum();
        if (senast[0] == null || d.isAfter(senast[0])) {
          senast[0] = d;
        }
        each.accept(BeslutStaging.Rad.giltig(row.line(), BeslutService.stripped(b)));
      } else if (row.get(BeslutFalt.ID.kolumn()) != null) {
        each.accept(new BeslutStaging.Rad(row.line(), row.get(BeslutFalt.ID.kolumn()).strip(), null));
      }
    });
    return senast[0];
  }
}
