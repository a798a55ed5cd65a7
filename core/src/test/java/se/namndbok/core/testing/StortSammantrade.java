package se.namndbok.core.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import se.namndbok.core.CoreServices;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Beslutsunderlag;
import se.namndbok.core.sammantrade.Bilaga;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;

/**
 * A board meeting of any number of items, built on the loaded demo board from a fixed seed: each item a copy of
 * one of the reference meeting's ärende items drawn at random (its texts, sekretess, beslutsunderlag and bilagor,
 * the same stored files), so a large meeting reads and prints like the demo's, only longer.
 */
public final class StortSammantrade {
  private final CoreServices core;

  public StortSammantrade(CoreServices core) {
    this.core = core;
  }

  /** A planned board meeting on {@code datum} with {@code punkter} items drawn with {@code seed}. */
  public Sammantrade skapa(LocalDate datum, int punkter, long seed) {
    return skapa(datum, punkter, seed, 1.0);
  }

  /** As {@link #skapa(LocalDate, int, long)}, each item keeping its model's bilagor with chance {@code bilagor}. */
  public Sammantrade skapa(LocalDate datum, int punkter, long seed, double bilagor) {
    Sammantrade referens = core.sammantraden().requireNamndens(LocalDate.of(2025, 10, 23));
    List<Arendepunkt> forlagor = core.arendelista().punkter(referens.id()).stream()
        .filter(p -> p.typ() == ArendepunktTyp.ARENDE).toList();
    Sammantrade mote = core.sammantraden().create(
        new NyttSammantrade(null, datum, LocalTime.of(8, 15), "Stadshuset, Sessionssalen"), SammantradeStatus.PLANERAT);
    Random random = new Random(seed);
    for (int i = 0; i < punkter; i++) {
      kopiera(mote, forlagor.get(random.nextInt(forlagor.size())), random.nextDouble() < bilagor);
    }
    return mote;
  }

  private void kopiera(Sammantrade mote, Arendepunkt forlaga, boolean medBilagor) {
    Arendepunkt p = core.arendelista().add(mote.id(), forlaga.innehall());
    for (Beslutsunderlag u : core.underlag().beslutsunderlag(forlaga.id())) {
      if (u.handlingId() == null) {
        core.underlag().addText(p.id(), u.text());
      } else {
        core.underlag().addHandling(p.id(), u.handlingId());
      }
    }
    for (Bilaga b : medBilagor ? core.underlag().bilagor(forlaga.id()) : List.<Bilaga>of()) {
      core.underlag().addBilaga(p.id(), b.handlingId());
    }
  }
}
