package se.namndbok.reports.ejverkstallda;

import java.time.OffsetDateTime;
import java.util.Objects;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.namnd.Namnd;

/**
 * What the tjänsteskrivelse for a quarterly report prints besides the report itself.
 *
 * @param namnd "Socialnämnden"
 * @param forvaltning "Socialförvaltningen"
 * @param lagrum the nämnd's setting for the report's law, e.g. "16 kap. 6 f–6 h §§ socialtjänstlagen (2001:453)"
 * @param arendenr optional, e.g. "2025/1064-3.9.5.2"; empty when not given
 */
public record Tjansteskrivelse(String namnd, String forvaltning, String lagrum, String arendenr,
    Kvartalsrapport rapport, OffsetDateTime skapad) {
  public Tjansteskrivelse {
    Objects.requireNonNull(namnd);
    Objects.requireNonNull(forvaltning);
    Objects.requireNonNull(lagrum);
    Objects.requireNonNull(rapport);
    Objects.requireNonNull(skapad);
    arendenr = arendenr == null ? "" : arendenr.strip();
  }

  /** Takes the names and the law reference for the report's law from the nämnd's settings. */
  public static Tjansteskrivelse of(Namnd n, String arendenr, Kvartalsrapport r, OffsetDateTime skapad) {
    String lagrum = r.lag() == Lag.SOL ? n.lagrumSol() : n.lagrumLss();
    return new Tjansteskrivelse(n.namn(), n.forvaltning(), lagrum, arendenr, r, skapad);
  }
}
