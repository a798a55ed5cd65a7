package se.namndbok.reports.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.Tabell;

/** The small-number rule of decision 0119 on a table per insats and kön (Kvinnor, Män, Summa total). */
class SmatalTest {
  private static Tabell.Rad rad(String etikett, int kvinnor, int man) {
    return new Tabell.Rad(etikett, List.of(kvinnor, man, kvinnor + man), false);
  }

  private static Tabell.Rad summa(String etikett, int kvinnor, int man) {
    return new Tabell.Rad(etikett, List.of(kvinnor, man, kvinnor + man), true);
  }

  @Test
  void aKonCellOfOneOrTwoHidesTheRowsKonCellsAndATotalThatWouldGiveThemAway() {
    Tabell t = new Tabell("Antal", List.of("Insats", "Kvinnor", "Män", "Summa total"), List.of(
        rad("Särskilt boende, OF", 1, 5), // one woman: hidden, and the men too (6 - 5 would give her away)
        rad("Kontaktperson, OF", 4, 3),
        summa("Total OF", 5, 8), // the only hidden row under it: 5 - 4 would give it away
        rad("Korttidsboende, ÄO", 0, 0),
        rad("Hemtjänst, ÄO", 3, 3),
        summa("Total ÄO", 3, 3),
        summa("Totalt samtliga verksamheter", 8, 11))); // the only hidden area under it

    assertThat(Smatal.dolda(t)).containsExactly(true, false, true, false, false, false, true);
    assertThat(Smatal.nagon(t)).isTrue();
  }

  @Test
  void aTotalThatLeavesTheHiddenRowsNoneOrAllOfAKonIsHiddenToo() {
    Tabell t = new Tabell("Antal", List.of("Insats", "Kvinnor", "Män", "Summa total"), List.of(
        rad("Särskilt boende, OF", 0, 1), rad("Kontaktperson, OF", 0, 2), rad("Boendestöd, OF", 4, 5),
        summa("Total OF", 4, 8), // hidden rows: 4 - 4 = 0 women, so both are all men
        rad("Bostad, IFO", 3, 9), summa("Total IFO", 3, 9),
        summa("Totalt samtliga verksamheter", 7, 17))); // OF is the only hidden area
    assertThat(Smatal.dolda(t)).containsExactly(true, true, false, true, false, false, true);
  }

  @Test
  void twoHiddenRowsUnderATotalLeaveTheTotalShownAndNothingSmallHidesNothing() {
    Tabell t = new Tabell("Antal", List.of("Insats", "Kvinnor", "Män", "Summa total"), List.of(
        rad("9.1 Rådgivning", 2, 4), rad("9.2 Personlig assistans", 3, 1), rad("9.4 Ledsagarservice", 3, 3),
        summa("Summa total", 8, 8)));
    assertThat(Smatal.dolda(t)).containsExactly(true, true, false, false);

    Tabell stora = new Tabell("Antal", List.of("Insats", "Kvinnor", "Män", "Summa total"), List.of(
        rad("9.1 Rådgivning", 3, 4), rad("9.2 Personlig assistans", 0, 0), summa("Summa total", 3, 4)));
    assertThat(Smatal.dolda(stora)).containsOnly(false);
    assertThat(Smatal.nagon(stora)).isFalse();
  }
}
