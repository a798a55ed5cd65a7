package se.namndbok.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndbok.core.testing.PersonnummerKorpus;

/** The detector against the generated corpus: every spelling of a valid number found, every look-alike passed. */
class PersonnummerTest {
  private static final long SEED = Long.getLong("personnummer.seed", 19401231L);

  @Test
  void findsEveryValidPersonnummerAndSamordningsnummerInEverySpelling() {
    List<String> corpus = PersonnummerKorpus.spellings(SEED, 500);

    assertThat(corpus).hasSize(500 * PersonnummerKorpus.spellingsPerNumber());
    assertThat(corpus).as("seed %d", SEED).allSatisfy(s -> assertThat(Personnummer.finnsI(s)).as(s).isTrue());
  }

  @Test
  void passesEveryLookAlike() {
    assertThat(PersonnummerKorpus.lookalikeIds(SEED, 2_000)).as("seed %d", SEED)
        .allSatisfy(s -> assertThat(Personnummer.finnsI(s)).as(s).isFalse());
    assertThat(List.of("Ring 070-123 45 67", "Dnr 2025/1184-3.9.0.1, handling 2025.2708", "Beslut 2025-10-23 § 73",
        "Postnummer 971 85 Luleå", "", "Kvartal 2025Q2: 82 beslut"))
        .allSatisfy(s -> assertThat(Personnummer.finnsI(s)).as(s).isFalse());
  }

  @Test
  void theIssuesSpellingsAreAllFound() {
    assertThat(List.of("401231+1234", "19401231+1234", "19401231 1234", "19401231\u20131234",
        "\uFF11\uFF19\uFF14\uFF10\uFF11\uFF12\uFF13\uFF11\uFF0D\uFF11\uFF12\uFF13\uFF14", "PNR19401231-1234",
        "19401231-1234"))
        .allSatisfy(s -> assertThat(Personnummer.finnsI(s)).as(s).isTrue());
  }

  @Test
  void aQuotedValueIsRepeatedOnlyWhenItHoldsNoPersonnummer() {
    assertThat(Personnummer.citat("2025-13-01")).isEqualTo("\"2025-13-01\"");
    for (String pnr : PersonnummerKorpus.spellings(7, 2)) {
      assertThat(Personnummer.citat(pnr)).as(pnr).isEqualTo(Personnummer.INTE_UPPREPAT);
    }
  }

  @Test
  void anImportErrorNeverCarriesAPersonnummerWhateverTheImporterWrote() {
    // the delegationsbeslut, meddelanden and anmälan imports all report through ImportError
    for (String pnr : PersonnummerKorpus.spellings(11, 2)) {
      ImportError e = new ImportError("fil.csv", 3, "delegat", "\"" + pnr + "\" finns inte bland delegaterna");
      assertThat(e.toString()).as(pnr).startsWith("fil.csv, rad 3, kolumn delegat: ").doesNotContain(pnr.strip())
          .contains("liknar ett personnummer");
    }
    assertThat(new ImportError("fil.csv", 3, "datum", "\"2025-13-01\" är inget datum").message())
        .isEqualTo("\"2025-13-01\" är inget datum");
  }

  @Test
  void theSharedParsersDoNotRepeatAPersonnummer() {
    String pnr = "19121212-1212";
    for (Runnable parse : List.<Runnable>of(() -> Texts.parseDate(pnr, "Datum"), () -> ImportErrors.jaNej(pnr),
        () -> se.namndbok.core.arende.Diarienummer.parse(pnr), () -> se.namndbok.core.arende.HandlingsId.parse(pnr),
        () -> se.namndbok.core.sekretess.Sekretess.parseLage(pnr))) {
      try {
        parse.run();
        throw new AssertionError("accepted " + pnr);
      } catch (ValidationException e) {
        assertThat(e.getMessage()).doesNotContain(pnr).contains("liknar ett personnummer");
      }
    }
  }

  @Test
  void aTextWithoutItsNumbersKeepsEverythingElseAndNoNumber() {
    for (String pnr : PersonnummerKorpus.spellings(SEED, 40)) {
      String typed = "Beslut om bistånd för " + pnr + ", se handling 2025.2708 och dnr 2025/1184.";
      String kept = Personnummer.utan(typed, "[personnummer]");
      assertThat(Personnummer.finnsI(kept)).as("seed %d: %s", SEED, kept).isFalse();
      assertThat(kept).as(pnr).startsWith("Beslut om bistånd för ").contains("[personnummer]")
          .endsWith(", se handling 2025.2708 och dnr 2025/1184.");
    }
    String lookalikes = "Ring 070-123 45 67 om beslut 2025-10-23 § 73";
    assertThat(Personnummer.utan(lookalikes, "[personnummer]")).isSameAs(lookalikes);
  }
}
