package se.namndbok.app.testing;

import se.namndbok.core.CoreServices;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import se.namndbok.app.shared.DemoInstaller;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Database;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.testing.TestStore;

/** A small stand-in for the demo board in tests: the board and a few ärenden, one with handlingar. */
public final class FakeDemo implements DemoInstaller {
  public final AtomicInteger installs = new AtomicInteger();

  @Override
  public void install(CoreServices core) {
    installs.incrementAndGet();
    core.namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    ArendeService arenden = core.arenden();
    arende(arenden, "2025/1130", "3.9.0.1", "Statsbidrag för att stärka socialtjänstens beredskap", "Åsa Öberg");
    arende(arenden, "2025/1184", "3.9.0.1", "Månadsrapport september 2025", "Erik Zetterlund");
    arende(arenden, "2025/113", "1.2", "Ärendebalans individ- och familjeomsorg", "Anna Ek");
    arende(arenden, "2024/1130", "2.1", "Ändrad delegationsordning", null);
    long id = arenden.find(Diarienummer.parse("2025/1130")).orElseThrow().id();
    arenden.registerHandling(id, new NyHandling(null, LocalDate.of(2025, 9, 24), Riktning.INKOMMANDE, "Socialstyrelsen",
        "Anvisningar för statsbidrag 2026", false));
    arenden.registerHandling(id, new NyHandling(null, LocalDate.of(2025, 10, 2), Riktning.UPPRATTAD, null,
        "Tjänsteskrivelse om statsbidrag", false), "tjansteskrivelse.pdf", "%PDF-1.7 test".getBytes());
  }

  private static void arende(ArendeService s, String nummer, String klass, String rubrik, String handlaggare) {
    Diarienummer d = Diarienummer.parse(nummer);
    s.register(new NyttArende(d, klass, rubrik, handlaggare, false, LocalDate.of(d.ar(), 6, 1)));
  }
}
