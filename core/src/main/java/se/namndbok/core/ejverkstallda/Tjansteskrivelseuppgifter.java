package se.namndbok.core.ejverkstallda;

import java.util.List;

/**
 * What the quarterly report's tjänsteskrivelse says besides the figures, taken from the ärende of the meeting
 * item that presents the report (the latest STATISTIK punkt for the law and quarter): its ärendenummer
 * ({@code 2025/1064-3.9.5.2}), handläggare, dialog, beslutsunderlag and "beslutet skickas till". Each is
 * null or empty when there is no such item or it says nothing.
 */
public record Tjansteskrivelseuppgifter(String arendenummer, String handlaggare, String dialog,
    List<String> beslutsunderlag, List<String> skickasTill) {
  public static final Tjansteskrivelseuppgifter INGA = new Tjansteskrivelseuppgifter(null, null, null, List.of(),
      List.of());

  public Tjansteskrivelseuppgifter {
    beslutsunderlag = List.copyOf(beslutsunderlag);
    skickasTill = List.copyOf(skickasTill);
  }
}
