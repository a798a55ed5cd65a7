package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;

class UnsavedChangesTest {
  private final List<String> asked = new ArrayList<>();
  private final List<String> told = new ArrayList<>();
  private final List<String> happened = new ArrayList<>();

  /** Answers Spara to every question and notes what it was asked and told. */
  private final UnsavedChanges.Ask spara = new UnsavedChanges.Ask() {
    @Override
    public ButtonType ask(UnsavedChanges.Guard g) {
      asked.add(g.what());
      return UnsavedChanges.SPARA;
    }

    @Override
    public void refused(UnsavedChanges.Guard g) {
      told.add(g.what() + ": " + g.refusal());
    }
  };

  private UnsavedChanges.Guard guard(String what, boolean saves, String refusal) {
    return UnsavedChanges.guard(what, new SimpleBooleanProperty(true), done -> {
      happened.add("sparade " + what + (saves ? "" : " (vägrat)"));
      done.accept(saves);
    }, () -> happened.add("slängde " + what), () -> refusal);
  }

  @Test
  void aRefusedSaveStaysAndTellsTheFormsMessageWithoutAskingAboutTheRest() {
    List<UnsavedChanges.Guard> guards = List.of(guard("närvaro", false, "Spara sekreterare och justering först"),
        guard("beslutet i § 3", true, ""));

    UnsavedChanges.check(guards, spara, () -> happened.add("gick vidare"), () -> happened.add("stannade"));

    assertThat(asked).containsExactly("närvaro");
    assertThat(told).containsExactly("närvaro: Spara sekreterare och justering först");
    assertThat(happened).containsExactly("sparade närvaro (vägrat)", "stannade");
  }

  @Test
  void savedGuardsGoOnWithoutTellingAnything() {
    List<UnsavedChanges.Guard> guards = List.of(guard("närvaro", true, ""), guard("beslutet i § 3", true, ""));

    UnsavedChanges.check(guards, spara, () -> happened.add("gick vidare"), () -> happened.add("stannade"));

    assertThat(asked).containsExactly("närvaro", "beslutet i § 3");
    assertThat(told).isEmpty();
    assertThat(happened).containsExactly("sparade närvaro", "sparade beslutet i § 3", "gick vidare");
  }

  @Test
  void aFormsSummaryHasEveryMessageItShowsTheFormsOwnFirst() {
    FieldErrors errors = new FieldErrors("Sekreterare", "Närvaro");
    assertThat(errors.summary()).isEmpty();

    errors.get("Närvaro").set("Annika Lindqvist: \"25:00\" är ingen tid");
    errors.general().set("Protokollet ändrades av anna kl. 14:02");

    assertThat(errors.summary()).isEqualTo("Protokollet ändrades av anna kl. 14:02\n"
        + "Annika Lindqvist: \"25:00\" är ingen tid");
  }
}
