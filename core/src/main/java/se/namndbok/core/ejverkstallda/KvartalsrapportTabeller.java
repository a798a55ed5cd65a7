package se.namndbok.core.ejverkstallda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Jamforelse;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Rad;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.StatusFordelning;

/** The report's three tables laid out like §§ 73–74: antal per insats and kön, status, comparison. */
public final class KvartalsrapportTabeller {
  private KvartalsrapportTabeller() {}

  /**
   * The tables a spreadsheet gets, in order; the differences from what the board fastställt last, when today's
   * data differ (the PDF and the JSON say so too: a CSV or XLSX passed on must not hide it).
   */
  public static List<Tabell> tabeller(Kvartalsrapport r) {
    return r.avvikelser().isEmpty() ? List.of(antal(r), status(r), jamforelse(r))
        : List.of(antal(r), status(r), jamforelse(r), avvikelser(r));
  }

  /**
   * Per fastställd quarter and insats whose figures today's data no longer give: both, women, men and total (a
   * difference may be in the split alone).
   */
  public static Tabell avvikelser(Kvartalsrapport r) {
    return new Tabell("Uppgifterna har ändrats efter att nämnden fastställde rapporten",
        List.of("Kvartal och insats", "Fastställt kvinnor", "Fastställt män", "Fastställt summa",
            "Enligt dagens uppgifter kvinnor", "Enligt dagens uppgifter män", "Enligt dagens uppgifter summa"),
        r.avvikelser().stream().map(a -> new Tabell.Rad(a.kvartal() + ", " + insats(r, a.insats()),
            List.of(a.fryst().kvinnor(), a.fryst().man(), a.fryst().summa(), a.nu().kvinnor(), a.nu().man(),
                a.nu().summa()), false))
            .toList());
  }

  /** The insats's name as the report's rows give it ("Korttidsvistelse"), else its code. */
  public static String insats(Kvartalsrapport r, String kod) {
    return r.rader().stream().filter(x -> x.insats().kod().equals(kod)).map(x -> x.insats().rubrik()).findFirst()
        .orElse(kod);
  }

  public static String titel(Kvartalsrapport r) {
    return "Ej verkställda gynnande beslut enligt " + r.lag() + ", kvartal " + r.kvartal().nummer() + " "
        + r.kvartal().ar() + " (rapporteringsdatum " + r.rapporteringsdatum() + ")";
  }

  public static Tabell antal(Kvartalsrapport r) {
    List<Tabell.Rad> rader = new ArrayList<>();
    Omrade omrade = null;
    for (Rad rad : r.rader()) {
      if (omrade != null && rad.insats().omrade() != omrade) {
        rader.add(omradesSumma(r, omrade));
      }
      omrade = rad.insats().omrade();
      rader.add(antalRad(rad.insats().rubrik(), rad.antal(), false));
    }
    if (omrade != null) {
      rader.add(omradesSumma(r, omrade));
    }
    rader.add(antalRad(totalText(r.lag()), r.summa(), true));
    return new Tabell("Ej verkställda gynnande beslut per insats och kön",
        List.of(r.lag() == Lag.SOL ? "Verksamhet och insats" : "Typ av insats enligt 9 § p. 1–10 LSS",
            "Kvinnor", "Män", "Summa total"), rader);
  }

  public static Tabell status(Kvartalsrapport r) {
    List<Tabell.Rad> rader = new ArrayList<>();
    for (StatusFordelning s : r.status()) {
      rader.add(new Tabell.Rad(s.insats().rubrik(), List.of(s.summa()), true));
      if (s.verkstallda() > 0) {
        rader.add(new Tabell.Rad("verkställda", List.of(s.verkstallda()), false));
      }
      s.avslutade().forEach((orsak, n) -> rader.add(new Tabell.Rad("avslutade: " + orsak.text(), List.of(n), false)));
      s.ejVerkstallda().forEach((skal, n) -> rader.add(new Tabell.Rad("ej verkställda: " + skal.text(), List.of(n), false)));
    }
    return new Tabell("Status vid rapporteringstillfället " + r.rapporteringsdatum(), List.of("Insats och status", "Antal"),
        rader);
  }

  public static Tabell jamforelse(Kvartalsrapport r) {
    List<String> kolumner = new ArrayList<>(List.of("Insats"));
    r.jamforelse().forEach(j -> kolumner.add(j.kvartal().sistaDag() + (j.fryst() ? " (fastställd)" : "")));
    List<Tabell.Rad> rader = new ArrayList<>();
    Omrade omrade = null;
    for (Rad rad : r.rader()) {
      if (omrade != null && rad.insats().omrade() != omrade) {
        rader.add(jamforelseSumma(r, omrade));
      }
      omrade = rad.insats().omrade();
      String kod = rad.insats().kod();
      rader.add(new Tabell.Rad(rad.insats().rubrik(), r.jamforelse().stream()
          .map(j -> j.perInsats().getOrDefault(kod, 0)).toList(), false));
    }
    if (omrade != null) {
      rader.add(jamforelseSumma(r, omrade));
    }
    rader.add(new Tabell.Rad(totalText(r.lag()), r.jamforelse().stream().map(Jamforelse::summa).toList(), true));
    return new Tabell("Jämförelse med de två föregående kvartalen", kolumner, rader);
  }

  private static Tabell.Rad omradesSumma(Kvartalsrapport r, Omrade omrade) {
    Antal a = r.omraden().stream().filter(o -> o.omrade() == omrade).findFirst().orElseThrow().antal();
    return antalRad("Total " + omrade.forkortning(), a, true);
  }

  private static Tabell.Rad jamforelseSumma(Kvartalsrapport r, Omrade omrade) {
    List<Integer> values = r.jamforelse().stream().map(j -> summa(j.perInsats(), r, omrade)).toList();
    return new Tabell.Rad("Total " + omrade.forkortning(), values, true);
  }

  private static int summa(Map<String, Integer> perInsats, Kvartalsrapport r, Omrade omrade) {
    return r.rader().stream().filter(rad -> rad.insats().omrade() == omrade)
        .mapToInt(rad -> perInsats.getOrDefault(rad.insats().kod(), 0)).sum();
  }

  private static Tabell.Rad antalRad(String etikett, Antal a, boolean summa) {
    return new Tabell.Rad(etikett, List.of(a.kvinnor(), a.man(), a.summa()), summa);
  }

  private static String totalText(Lag lag) {
    return lag == Lag.SOL ? "Totalt samtliga verksamheter" : "Summa total";
  }
}
