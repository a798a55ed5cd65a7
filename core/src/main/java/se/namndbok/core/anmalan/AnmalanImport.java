package se.namndbok.core.anmalan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.ImportErrors;
import se.namndbok.core.shared.Texts;

/**
 * {@code import delegationsbeslut|meddelanden FILE.csv} (cli.md): all or nothing; the optional {@code sekretess}
 * column says ja, nej or friklassad, {@code sekretessgrund} a code such as OSL 26:1. Every row is registered in one
 * transaction (each assigned to the next meeting); if any row is refused the transaction is rolled back and an
 * {@code ImportException} lists every refused row at its line and column. An unknown diarienummer is registered
 * as a new ärende with the entry's text (decision record 0021).
 */
public final class AnmalanImport<N extends NyAnmalan, E extends Anmalan> {
  private final Transactions transactions;
  private final AnmalanService<N, E> service;
  private final ImportFormat<N> format;
  private final SekretessgrundService sekretessgrunder;

  public AnmalanImport(Transactions transactions, AnmalanService<N, E> service, ImportFormat<N> format,
      SekretessgrundService sekretessgrunder) {
    this.transactions = transactions;
    this.service = service;
    this.format = format;
    this.sekretessgrunder = sekretessgrunder;
  }

  public List<E> importera(Path file) {
    return importera(CsvImportFile.read(file, format.kolumner(), format.valfria()));
  }

  public List<E> importera(String fileName, byte[] bytes) {
    return importera(CsvImportFile.read(fileName, bytes, format.kolumner(), format.valfria()));
  }

  private List<E> importera(CsvImportFile csv) {
    return transactions.inTransaction(tx -> {
      ImportErrors errors = new ImportErrors(csv.name());
      List<E> saved = new ArrayList<>();
      for (CsvImportFile.Row row : csv.rows()) {
        int before = errors.size();
        LocalDate datum = errors.cell(row.line(), format.datumKolumn(),
            () -> Texts.parseDate(row.get(format.datumKolumn()), format.datumFalt()));
        Sekretess.Lage lage = errors.cell(row.line(), "sekretess", () -> Sekretess.parseLage(row.get("sekretess")));
        Sekretess sekretess = lage == null ? null : errors.cell(row.line(), "sekretessgrund",
            () -> sekretessgrunder.fromColumns(lage, row.get("sekretessgrund")));
        if (errors.size() > before) {
          continue;
        }
        N ny = format.rad().of(row, datum, sekretess);
        errors.row(row.line(), format.faltTillKolumn(), () -> saved.add(service.register(ny, true)));
      }
      errors.throwIfAny();
      return saved;
    });
  }
}
