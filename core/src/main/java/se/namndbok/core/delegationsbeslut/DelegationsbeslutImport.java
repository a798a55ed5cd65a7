package se.namndbok.core.delegationsbeslut;

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
 * {@code import delegationsbeslut FILE.csv} (cli.md): columns {@code diarienummer;handlingsid;delegat;beslutsdatum;
 * rubrik}, optionally {@code delegationspunkt;sekretess;sekretessgrund} (ja, nej or friklassad; a code such as OSL 26:1). All or nothing: every row is registered in one
 * transaction, and if any row is refused the transaction is rolled back and an {@code ImportException} lists
 * every refused row. An unknown diarienummer is registered as a new ärende with the decision's rubrik
 * (decision record 0021).
 */
public final class DelegationsbeslutImport {
  public static final List<String> COLUMNS = List.of("diarienummer", "handlingsid", "delegat", "beslutsdatum", "rubrik");
  public static final List<String> OPTIONAL = List.of("delegationspunkt", "sekretess", "sekretessgrund");
  private static final Map<String, String> FIELD_TO_COLUMN = Map.of("Diarienummer", "diarienummer",
      "Handlingsid", "handlingsid", "Delegat", "delegat", DelegationsbeslutService.BESLUTSDATUM, "beslutsdatum",
      DelegationsbeslutService.RUBRIK, "rubrik", DelegationsbeslutService.DELEGATIONSPUNKT, "delegationspunkt",
      "Registrerad", "beslutsdatum", "Datum", "beslutsdatum", "Klassificering", "diarienummer");

  private final Transactions transactions;
  private final DelegationsbeslutService service;
  private final SekretessgrundService sekretessgrunder;

  public DelegationsbeslutImport(Transactions transactions, FileStore files, Clock clock) {
    this.transactions = transactions;
    this.service = new DelegationsbeslutService(transactions, files, clock);
    this.sekretessgrunder = new SekretessgrundService(transactions, clock);
  }

  public List<Delegationsbeslut> importera(Path file) {
    return importera(CsvImportFile.read(file, COLUMNS, OPTIONAL));
  }

  public List<Delegationsbeslut> importera(String fileName, byte[] bytes) {
    return importera(CsvImportFile.read(fileName, bytes, COLUMNS, OPTIONAL));
  }

  private List<Delegationsbeslut> importera(CsvImportFile csv) {
    return transactions.inTransaction(tx -> {
      ImportErrors errors = new ImportErrors(csv.name());
      List<Delegationsbeslut> saved = new ArrayList<>();
      for (CsvImportFile.Row row : csv.rows()) {
        int before = errors.size();
        LocalDate datum = errors.cell(row.line(), "beslutsdatum",
            () -> Texts.parseDate(row.get("beslutsdatum"), DelegationsbeslutService.BESLUTSDATUM));
        Sekretess.Lage lage = errors.cell(row.line(), "sekretess", () -> Sekretess.parseLage(row.get("sekretess")));
        Sekretess sekretess = lage == null ? null : errors.cell(row.line(), "sekretessgrund",
            () -> sekretessgrunder.fromColumns(tx, lage, row.get("sekretessgrund")));
        if (errors.size() > before) {
          continue;
        }
        NyttDelegationsbeslut ny = new NyttDelegationsbeslut(row.get("diarienummer"), row.get("handlingsid"),
            row.get("delegat"), row.get("delegationspunkt"), datum, row.get("rubrik"), sekretess);
        errors.row(row.line(), FIELD_TO_COLUMN, () -> saved.add(service.register(tx, ny, true)));
      }
      errors.throwIfAny();
      return saved;
    });
  }
}
