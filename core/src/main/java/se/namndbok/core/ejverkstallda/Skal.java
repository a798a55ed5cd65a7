package se.namndbok.core.ejverkstallda;

import java.util.Arrays;
import java.util.Optional;

/** The reason a decision is not yet verkställt, with the wording of the reference reports. */
public enum Skal {
  TACKAT_NEJ("TACKAT-NEJ", "den enskilde har tackat nej till erbjudande"),
  PLATSBRIST("PLATSBRIST", "det saknas plats (kö, sanering/renovering/ombyggnation)"),
  HALSA("HALSA", "hälsotillståndet har varit ett hinder"),
  EJ_MEDVERKAN("EJ-MEDVERKAN", "den enskilde medverkar inte till verkställighet"),
  ONSKEMAL("ONSKEMAL", "den enskilde har specifika önskemål"),
  KOMMUNIKATION("KOMMUNIKATION", "kommunikativa svårigheter i kontakten med den enskilde"),
  MATCHNING("MATCHNING", "arbetsrelaterade omständigheter att hitta rätt matchning"),
  RESURSBRIST("RESURSBRIST", "saknar resurs"),
  ANNAN_HUVUDMAN("ANNAN-HUVUDMAN", "annan huvudman har ansvaret"),
  ARBETSMILJO("ARBETSMILJO", "faktorer i arbetsmiljön"),
  OVRIGT("OVRIGT", "övrigt");

  private final String kod;
  private final String text;

  Skal(String kod, String text) {
    this.kod = kod;
    this.text = text;
  }

  public String kod() {
    return kod;
  }

  public String text() {
    return text;
  }

  public static Optional<Skal> find(String kod) {
    return Arrays.stream(values()).filter(s -> s.kod.equalsIgnoreCase(kod == null ? "" : kod.strip())).findFirst();
  }

  public static Skal of(String kod) {
    return find(kod).orElseThrow(() -> new IllegalArgumentException("okänt skäl: " + kod));
  }
}
