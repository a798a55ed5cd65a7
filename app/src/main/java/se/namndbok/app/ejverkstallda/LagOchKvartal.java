package se.namndbok.app.ejverkstallda;

import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.CoreServices;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.ValidationException;

/** {@code --lag SoL|LSS --kvartal 2025Q2}, shared by {@code statistik} and {@code ivo}; bad values exit 2. */
final class LagOchKvartal {
  @Option(names = "--lag", required = true, paramLabel = "SoL|LSS", description = "Lagen: SoL eller LSS.")
  String lag;

  @Option(names = "--kvartal", required = true, paramLabel = "ÅÅÅÅQn", description = "Kvartalet, t.ex. 2025Q2.")
  String kvartal;

  Lag lag() {
    return Lag.find(lag).orElseThrow(() -> ValidationException.of("--lag",
        "\"" + lag + "\" är ingen lag som rapporteras; ange SoL eller LSS"));
  }

  /**
   * The quarter, refused when it has not ended by {@code idag}, the store's today: as in the window, whose list of
   * quarters stops at the last ended one, a report is made for a quarter that is over (its rapporteringsdatum passed).
   */
  Kvartal kvartal(LocalDate idag) {
    Kvartal q;
    try {
      q = Kvartal.parse(kvartal);
    } catch (ValidationException e) {
      throw ValidationException.of("--kvartal", e.errors().getFirst().message());
    }
    if (!idag.isAfter(q.sistaDag())) {
      throw ValidationException.of("--kvartal", q + (idag.isBefore(q.forstaDag()) ? " har inte börjat" : " har inte slutat")
          + "; rapporten görs när kvartalet är slut (" + q.sistaDag() + "), det senaste som har slutat är "
          + Kvartal.of(idag).previous());
    }
    return q;
  }

  /**
   * On stderr, as the window shows it: a warning when the last file of decisions read in ends before {@code q} does
   * and {@code q} is not fastställt. The command still does its work (exit 0).
   */
  void varnaForUnderlaget(CoreServices core, Lag l, Kvartal q) {
    varnaForUnderlaget(core, l, q, false);
  }

  /**
   * As above; {@code lista} for the IVO list, which is always today's decisions: for a fastställt quarter whose
   * figures today's data no longer give (a total, or only the split between women and men), it says so and how,
   * insats by insats, as the window does (the list would not match the report sent to the board).
   */
  void varnaForUnderlaget(CoreServices core, Lag l, Kvartal q, boolean lista) {
    if (lista && core.kvartalsrapporter().fryst(l, q).isPresent()) {
      List<String> andrade = AvvikelseText.rader(core.kvartalsrapporter().gallande(l, q));
      if (!andrade.isEmpty()) {
        System.err.println("Varning: " + Messages.format("ivo.fryst.varning", q.toString(), andrade.size()));
        andrade.forEach(System.err::println);
        System.err.flush();
      }
    }
    core.beslutImport().senaste()
        .filter(i -> i.slutarFore(q) && core.kvartalsrapporter().fryst(l, q).isEmpty())
        .ifPresent(i -> {
          System.err.println("Varning: " + Messages.format("statistik.underlag.varning", i.uppgifterTill().toString(),
              q.toString(), q.sistaDag().toString()));
          System.err.flush();
        });
  }
}
