package se.namndbok.core.delegationsbeslut;

import java.util.List;
import java.util.Map;
import se.namndbok.core.anmalan.ImportFormat;
import se.namndbok.core.sekretess.SekretessgrundService;

/**
 * The delegationsbeslut import file (cli.md): columns {@code diarienummer;handlingsid;delegat;beslutsdatum;
 * rubrik}, optionally {@code delegationspunkt;sekretess;sekretessgrund;beslutsfattare} (ja, nej or friklassad; a
 * code such as OSL 26:1; the name of the person who decided).
 */
public final class DelegationsbeslutImport {
  public static final List<String> COLUMNS = List.of("diarienummer", "handlingsid", "delegat", "beslutsdatum", "rubrik");
  public static final List<String> OPTIONAL = List.of("delegationspunkt", "sekretess", "sekretessgrund",
      "beslutsfattare");

  private DelegationsbeslutImport() {}

  public static ImportFormat<NyttDelegationsbeslut> format() {
    return new ImportFormat<>(COLUMNS, OPTIONAL, Map.ofEntries(Map.entry("Diarienummer", "diarienummer"),
        Map.entry("Handlingsid", "handlingsid"), Map.entry("Delegat", "delegat"),
        Map.entry(DelegationsbeslutSlag.BESLUTSDATUM, "beslutsdatum"), Map.entry(DelegationsbeslutSlag.RUBRIK, "rubrik"),
        Map.entry(DelegationsbeslutSlag.DELEGATIONSPUNKT, "delegationspunkt"),
        Map.entry(DelegationsbeslutSlag.BESLUTSFATTARE, "beslutsfattare"), Map.entry("Registrerad", "beslutsdatum"),
        Map.entry("Datum", "beslutsdatum"), Map.entry("Klassificering", "diarienummer"),
        Map.entry(SekretessgrundService.FIELD, "sekretessgrund")), "beslutsdatum", DelegationsbeslutSlag.BESLUTSDATUM,
        (row, datum, sekretess) -> new NyttDelegationsbeslut(row.get("diarienummer"), row.get("handlingsid"),
            row.get("delegat"), row.get("delegationspunkt"), datum, row.get("rubrik"), sekretess)
            .medBeslutsfattare(row.get("beslutsfattare")));
  }
}
