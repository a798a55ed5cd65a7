package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.namndbok.core.shared.ValidationException;

class ShortcutsAndPeriodTest {

  @Test
  void everyShortcutHasItsOwnKeysWithinItsGroupAndASwedishText() {
    for (Shortcuts.Group g : Shortcuts.GROUPS) {
      assertThat(g.title()).isNotBlank();
      assertThat(g.shortcuts()).as(g.title()).extracting(s -> s.combination().toString()).doesNotHaveDuplicates();
    }
    assertThat(Shortcuts.ALL).allSatisfy(s -> assertThat(s.text()).isNotBlank());
    assertThat(Shortcuts.ALL).allSatisfy(s -> assertThat(s.display()).isNotBlank());
    assertThat(Shortcuts.ALL).contains(Shortcuts.HJALP, Shortcuts.SPARA, Shortcuts.RENSA, Shortcuts.ANGRA);
  }

  /**
   * Every shortcut names real keys: JavaFX reads a key name it does not know ("Page_Down") as a typed character
   * that no key press ever matches, so Ctrl+Page Down changed no tab.
   */
  @Test
  void everyShortcutIsAKeyCombinationAndMatchesItsKeys() throws IllegalAccessException {
    for (java.lang.reflect.Field f : Shortcuts.class.getFields()) {
      if (f.getType() == Shortcut.class) {
        Shortcut s = (Shortcut) f.get(null);
        assertThat(s.combination()).as(f.getName()).isInstanceOf(javafx.scene.input.KeyCodeCombination.class);
      }
    }
    javafx.scene.input.KeyEvent ctrlPageDown = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
        "", "", javafx.scene.input.KeyCode.PAGE_DOWN, false, true, false, false);
    assertThat(Shortcuts.FLIK_SIDA.matches(ctrlPageDown)).isTrue();
    assertThat(Shortcuts.FLIK.matches(ctrlPageDown)).isFalse();
  }

  @Test
  void aPeriodIsOpenAtABlankEndAndRefusesABadOrBackwardOne() {
    LocalDate today = LocalDate.of(2025, 10, 23);
    assertThat(Period.parse("", " ", today)).isEqualTo(new Period(null, null));
    assertThat(Period.parse("2025-09-01", "", today)).isEqualTo(new Period(LocalDate.of(2025, 9, 1), null));
    assertThat(Period.parse("1/9", "30 sep", today))
        .isEqualTo(new Period(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)));
    assertThatThrownBy(() -> Period.parse("1/13", "2025-13-01", today)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("Från: \"1/13\" är inget datum").hasMessageContaining("Till: \"2025-13-01\" är inget datum");
    assertThatThrownBy(() -> Period.parse("2025-10-01", "2025-09-01", today))
        .hasMessageContaining("Till: perioden slutar före den börjar");
  }

  @Test
  void completionOffersMatchesTheSwedishWayButNotWhatIsAlreadyTyped() {
    var known = java.util.List.of("Överförmyndarnämnden", "Kommunfullmäktige", "Arbetsmiljöverket", "Patientnämnden");
    assertThat(Completion.among(known, "nämnden")).containsExactly("Patientnämnden", "Överförmyndarnämnden");
    assertThat(Completion.among(known, "kommunfullmäktige")).isEmpty();
  }
}
