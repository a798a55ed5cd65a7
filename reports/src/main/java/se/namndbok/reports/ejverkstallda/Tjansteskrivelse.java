package se.namndbok.reports.ejverkstallda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Tjansteskrivelseuppgifter;
import se.namndbok.core.namnd.Namnd;

/**
 * What the tjänsteskrivelse for a quarterly report prints besides the report itself.
 *
 * @param namnd "Socialnämnden"
 * @param forvaltning "Socialförvaltningen"
 * @param lagrum the nämnd's setting for the report's law, e.g. "16 kap. 6 f–6 h §§ socialtjänstlagen (2001:453)"
 *     — the same setting the kallelse's statistics item prints (decision 0119)
 * @param arendenr optional, e.g. "2025/1064-3.9.5.2"; empty when not given
 * @param datum the document's date
 * @param handlaggare who wrote it; empty when not known
 * @param dialog the Dialog section; empty when the ärende says nothing
 * @param beslutsunderlag the documents the decision rests on (this tjänsteskrivelse is always the first)
 * @param skickasTill "Beslutet skickas till": kommunfullmäktige first, then the item's own receivers
 */
public record Tjansteskrivelse(String namnd, String forvaltning, String lagrum, String arendenr,
    Kvartalsrapport rapport, OffsetDateTime skapad, LocalDate datum, String handlaggare, String dialog,
    List<String> beslutsunderlag, List<String> skickasTill) {
  public static final String KOMMUNFULLMAKTIGE = "Kommunfullmäktige";

  public Tjansteskrivelse {
    Objects.requireNonNull(namnd);
    Objects.requireNonNull(forvaltning);
    Objects.requireNonNull(lagrum);
    Objects.requireNonNull(rapport);
    Objects.requireNonNull(skapad);
    arendenr = arendenr == null ? "" : arendenr.strip();
    datum = datum == null ? skapad.toLocalDate() : datum;
    handlaggare = handlaggare == null ? "" : handlaggare.strip();
    dialog = dialog == null ? "" : dialog.strip();
    beslutsunderlag = List.copyOf(beslutsunderlag);
    skickasTill = List.copyOf(skickasTill);
  }

  public Tjansteskrivelse(String namnd, String forvaltning, String lagrum, String arendenr, Kvartalsrapport rapport,
      OffsetDateTime skapad) {
    this(namnd, forvaltning, lagrum, arendenr, rapport, skapad, null, null, null,
        List.of("Tjänsteskrivelse " + skapad.toLocalDate()), List.of(KOMMUNFULLMAKTIGE));
  }

  /** Takes the names and the law reference for the report's law from the nämnd's settings. */
  public static Tjansteskrivelse of(Namnd n, String arendenr, Kvartalsrapport r, OffsetDateTime skapad) {
    return of(n, Tjansteskrivelseuppgifter.INGA, arendenr, r, skapad);
  }

  /**
   * The names and law reference from the nämnd's settings, the rest from the meeting item presenting the report;
   * {@code arendenr} (the command's {@code --arendenr}) wins over the item's ärendenummer when given.
   */
  public static Tjansteskrivelse of(Namnd n, Tjansteskrivelseuppgifter u, String arendenr, Kvartalsrapport r,
      OffsetDateTime skapad) {
    String lagrum = r.lag() == Lag.SOL ? n.lagrumSol() : n.lagrumLss();
    List<String> underlag = new ArrayList<>(List.of("Tjänsteskrivelse " + skapad.toLocalDate()));
    u.beslutsunderlag().stream().filter(x -> !x.toLowerCase(java.util.Locale.ROOT).startsWith("tjänsteskrivelse"))
        .forEach(underlag::add);
    List<String> till = new ArrayList<>(List.of(KOMMUNFULLMAKTIGE));
    u.skickasTill().stream().filter(x -> !x.equalsIgnoreCase(KOMMUNFULLMAKTIGE)).forEach(till::add);
    String nr = arendenr == null || arendenr.isBlank() ? u.arendenummer() : arendenr;
    return new Tjansteskrivelse(n.namn(), n.forvaltning(), lagrum, nr, r, skapad, skapad.toLocalDate(),
        u.handlaggare(), u.dialog(), underlag, till);
  }
}
