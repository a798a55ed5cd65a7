package se.namndbok.core.meddelande;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.CsvImportFile;
import se.namndbok.core.shared.ImportErrors;
import se.namndbok.core.shared.Texts;

/**
 * {@code import meddelanden FILE.csv} (cli.md): columns {@code avsandare;datum;amne;diarienummer;handlingsid},
 * optionally {@code paragraf}, {@code sekretess} (ja, nej or friklassad) and {@code sekretessgrund} (a code such as OSL 26:1). All or nothing, like the delegationsbeslut import; an
 * unknown diarienummer is registered with the meddelande's ämne as rubrik (decision record 0021).
 */
public final class MeddelandeImport {
  public static final List<String> COLUMNS = List.of("avsandare", "datum", "amne", "diarienummer", "handlingsid");
  public static final List<String> OPTIONAL = List.of("paragraf", "sekretess", "sekretessgrund");
  private static final Map<String, String> FIELD_TO_COLUMN = Map.of(MeddelandeService.AVSANDARE, "avsandare",
      MeddelandeService.DATUM, "datum", MeddelandeService.AMNE, "amne", MeddelandeService.PARAGRAF, "paragraf",
      "Diarienummer", "diarienummer", "Handlingsid", "handlingsid", "Registrerad", "datum",
      "Klassificering", "diarienummer", "Rubrik", "amne");

  private final Transactions transactions;
  private final MeddelandeService service;
  private final SekretessgrundService sekretessgrunder;

  public MeddelandeImport(Transactions transactions, FileStore files, Clock clock) {
    this.transactions = transactions;
    this.service = new MeddelandeService(transactions, files, clock);
    this.sekretessgrunder = new SekretessgrundService(transactions, clock);
  }

  public List<Meddelande> importera(Path file) {
    return importera(CsvImportFile.read(file, COLUMNS, OPTIONAL));
  }

  public List<Meddelande> importera(String fileName, byte[] bytes) {
    return importera(CsvImportFile.read(fileName, bytes, COLUMNS, OPTIONAL));
  }

  private List<Meddelande> importera(CsvImportFile csv) {
    return transactions.inTransaction(tx -> {
      ImportErrors errors = new ImportErrors(csv.name());
      List<Meddelande> saved = new ArrayList<>();
      for (CsvImportFile.Row row : csv.rows()) {
        int before = errors.size();
        LocalDate datum = errors.cell(row.line(), "datum", () -> Texts.parseDate(row.get("datum"), MeddelandeService.DATUM));
        Sekretess.Lage lage = errors.cell(row.line(), "sekretess", () -> Sekretess.parseLage(row.get("sekretess")));
        Sekretess sekretess = lage == null ? null : errors.cell(row.line(), "sekretessgrund",
            () -> sekretessgrunder.fromColumns(tx, lage, row.get("sekretessgrund")));
        if (errors.size() > before) {
          continue;
        }
        NyttMeddelande ny = new NyttMeddelande(row.get("avsandare"), datum, row.get("paragraf"), row.get("amne"),
            row.get("diarienummer"), row.get("handlingsid"), sekretess);
        errors.row(row.line(), FIELD_TO_COLUMN, () -> saved.add(service.register(tx, ny, true)));
      }
      errors.throwIfAny();
      return saved;
    });
  }
}
