package se.namndbok.core.ejverkstallda;

import java.util.Arrays;
import java.util.List;

/** The fields of a decision: the import file's column name and the label the window shows. */
public enum BeslutFalt {
  ID("id", "Id", true),
  LAG("lag", "Lag", true),
  INSATS("insats", "Insats", true),
  KON("kön", "Kön", true),
  FODELSEAR("födelseår", "Födelseår", false),
  BESLUTSDATUM("beslutsdatum", "Beslutsdatum", true),
  AVBROTTSDATUM("avbrottsdatum", "Avbrottsdatum", false),
  VERKSTALLIGHETSDATUM("verkställighetsdatum", "Verkställighetsdatum", false),
  AVSLUTSDATUM("avslutsdatum", "Avslutsdatum", false),
  AVSLUTSORSAK("avslutsorsak", "Avslutsorsak", false),
  SKAL("skäl", "Skäl", false),
  /** Not in the contract's file format (ej-verkstallda-beslut.md); IVO asks for it (decision 0168). */
  ERBJUDANDEN("erbjudanden", "Erbjudanden", false);

  private final String kolumn;
  private final String etikett;
  private final boolean obligatorisk;

  BeslutFalt(String kolumn, String etikett, boolean obligatorisk) {
    this.kolumn = kolumn;
    this.etikett = etikett;
    this.obligatorisk = obligatorisk;
  }

  public String kolumn() {
    return kolumn;
  }

  public String etikett() {
    return etikett;
  }

  public static List<String> obligatoriskaKolumner() {
    return Arrays.stream(values()).filter(f -> f.obligatorisk).map(BeslutFalt::kolumn).toList();
  }

  public static List<String> valfriaKolumner() {
    return Arrays.stream(values()).filter(f -> !f.obligatorisk).map(BeslutFalt::kolumn).toList();
  }
}
