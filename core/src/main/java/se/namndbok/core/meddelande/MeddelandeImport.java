package se.namndbok.core.meddelande;

import java.util.List;
import java.util.Map;
import se.namndbok.core.anmalan.ImportFormat;
import se.namndbok.core.sekretess.SekretessgrundService;

/**
 * The meddelanden import file (cli.md): columns {@code avsandare;datum;amne;diarienummer;handlingsid}, optionally
 * {@code paragraf}, {@code sekretess} (ja, nej or friklassad) and {@code sekretessgrund} (a code such as OSL 26:1).
 */
public final class MeddelandeImport {
  public static final List<String> COLUMNS = List.of("avsandare", "datum", "amne", "diarienummer", "handlingsid");
  public static final List<String> OPTIONAL = List.of("paragraf", "sekretess", "sekretessgrund");

  private MeddelandeImport() {}

  public static ImportFormat<NyttMeddelande> format() {
    return new ImportFormat<>(COLUMNS, OPTIONAL, Map.of(MeddelandeSlag.AVSANDARE, "avsandare", MeddelandeSlag.DATUM,
        "datum", MeddelandeSlag.AMNE, "amne", MeddelandeSlag.PARAGRAF, "paragraf", "Diarienummer", "diarienummer",
        "Handlingsid", "handlingsid", "Registrerad", "datum", "Klassificering", "diarienummer", "Rubrik", "amne",
        SekretessgrundService.FIELD, "sekretessgrund"),
        "datum", MeddelandeSlag.DATUM, (row, datum, sekretess) -> new NyttMeddelande(row.get("avsandare"), datum,
            row.get("paragraf"), row.get("amne"), row.get("diarienummer"), row.get("handlingsid"), sekretess));
  }
}
