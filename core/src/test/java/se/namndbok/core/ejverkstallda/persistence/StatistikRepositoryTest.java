package se.namndbok.core.ejverkstallda.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.namndbok.core.ejverkstallda.Avslutsorsak;
import se.namndbok.core.ejverkstallda.Skal;
import se.namndbok.core.ejverkstallda.Status;

/**
 * The aggregate hands back a bare code per quarter ("V", an avslutsorsak or a skäl) with no prefix saying which
 * kind it is; these check that every code reads back as what it was, which fails as soon as a new orsak or skäl
 * gets a code another kind already uses.
 */
class StatistikRepositoryTest {
  @ParameterizedTest
  @EnumSource(Avslutsorsak.class)
  void everyAvslutsorsakCodeReadsBackAsThatOrsak(Avslutsorsak orsak) {
    assertEquals(new Status.Avslutat(orsak), StatistikRepository.parse(orsak.kod()));
  }

  @ParameterizedTest
  @EnumSource(Skal.class)
  void everySkalCodeReadsBackAsThatSkal(Skal skal) {
    assertEquals(new Status.EjVerkstallt(skal), StatistikRepository.parse(skal.kod()));
  }

  @Test
  void verkstalltReadsBackAsVerkstallt() {
    assertEquals(new Status.Verkstallt(), StatistikRepository.parse("V"));
  }
}
