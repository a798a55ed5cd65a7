package se.namndbok.core.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.SammantradeStatus;

/** A small board in a test store: the nämnd, two delegates, meetings as a test needs them. */
public final class BoardFixture {
  private final TestStore store;

  public BoardFixture(TestStore store) {
    this.store = store;
  }

  public Namnd namnd() {
    Namnd n = store.core().namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    DelegatService d = store.core().delegater();
    d.add("Verksamhetschef/avdelningschef");
    d.add("MAS/MAR/SAS");
    return n;
  }

  public Sammantrade mote(String datum, SammantradeStatus status) {
    return store.core().sammantraden().create(
        new NyttSammantrade(null, LocalDate.parse(datum), LocalTime.of(8, 15), "Stadshuset, Sessionssalen"), status);
  }

  public Arende arende(String diarienummer, String rubrik) {
    return store.core().arenden().register(new NyttArende(
        Diarienummer.parse(diarienummer), null, rubrik, null, false, LocalDate.of(2025, 9, 1)));
  }
}
