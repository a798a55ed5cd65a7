package se.namndbok.core.meddelande;

import java.util.List;
import java.util.Map;
import se.namndbok.core.anmalan.ImportFormat;

/**
 * The meddelanden import file (cli.md): columns {@code avsandare;datum;amne;diarienummer;handlingsid}, optionally
 * {@code paragraf} and {@code sekretess}.
 */
public final class MeddelandeImport {
  public static final List<String> COLUMNS = List.of("avsandare", "datum", "amne", "diarienummer", "handlingsid");
  public static final List<String> OPTIONAL = List.of("paragraf", "sekretess");

  private MeddelandeImport() {}

  public static ImportFormat<NyttMeddelande> format() {
    return new ImportFormat<>(COLUMNS, OPTIONAL, Map.of(MeddelandeSlag.AVSANDARE, "avsandare", MeddelandeSlag.DATUM,
        "datum", MeddelandeSlag.AMNE, "amne", MeddelandeSlag.PARAGRAF, "paragraf", "Diarienummer", "diarienummer",
        "Handlingsid", "handlingsid", "Registrerad", "datum", "Klassificering", "diarienummer", "Rubrik", "amne"),
        "datum", MeddelandeSlag.DATUM, (row, datum, sekretess) -> new NyttMeddelande(row.get("avsandare"), datum,
            row.get("paragraf"), row.get("amne"), row.get("diarienummer"), row.get("handlingsid"), sekretess));
  }
}
