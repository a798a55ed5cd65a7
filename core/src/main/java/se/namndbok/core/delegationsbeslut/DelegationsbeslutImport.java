package se.namndbok.core.delegationsbeslut;

import java.util.List;
import java.util.Map;
import se.namndbok.core.anmalan.ImportFormat;
import se.namndbok.core.sekretess.SekretessgrundService;

/**
 * The delegationsbeslut import file (cli.md): columns {@code diarienummer;handlingsid;delegat;beslutsdatum;
 * rubrik}, optionally {@code delegationspunkt;sekretess;sekretessgrund} (ja, nej or friklassad; a code such as
 * OSL 26:1).
 */
public final class DelegationsbeslutImport {
  public static final List<String> COLUMNS = List.of("diarienummer", "handlingsid", "delegat", "beslutsdatum", "rubrik");
  public static final List<String> OPTIONAL = List.of("delegationspunkt", "sekretess", "sekretessgrund");

  private DelegationsbeslutImport() {}

  public static ImportFormat<NyttDelegationsbeslut> format() {
    return new ImportFormat<>(COLUMNS, OPTIONAL, Map.of("Diarienummer", "diarienummer", "Handlingsid", "handlingsid",
        "Delegat", "delegat", DelegationsbeslutSlag.BESLUTSDATUM, "beslutsdatum", DelegationsbeslutSlag.RUBRIK,
        "rubrik", DelegationsbeslutSlag.DELEGATIONSPUNKT, "delegationspunkt", "Registrerad", "beslutsdatum", "Datum",
        "beslutsdatum", "Klassificering", "diarienummer", SekretessgrundService.FIELD, "sekretessgrund"), "beslutsdatum", DelegationsbeslutSlag.BESLUTSDATUM,
        (row, datum, sekretess) -> new NyttDelegationsbeslut(row.get("diarienummer"), row.get("handlingsid"),
            row.get("delegat"), row.get("delegationspunkt"), datum, row.get("rubrik"), sekretess));
  }
}
