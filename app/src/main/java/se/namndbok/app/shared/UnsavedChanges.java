package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The window never loses input: before what is typed would be replaced (another punkt, meeting or area chosen,
 * the window closed), the user is asked — Spara, Släng or Avbryt — once per editor with unsaved changes
 * (decision record 0083). Spara saves and then goes on; Släng puts the editor back as last saved; Avbryt stays.
 */
public final class UnsavedChanges {
  public static final ButtonType SPARA = new ButtonType(Messages.get("osparat.spara"), ButtonBar.ButtonData.YES);
  public static final ButtonType SLANG = new ButtonType(Messages.get("osparat.slang"), ButtonBar.ButtonData.NO);
  public static final ButtonType AVBRYT = new ButtonType(Messages.get("osparat.avbryt"),
      ButtonBar.ButtonData.CANCEL_CLOSE);

  /** An editor or entry form that can hold unsaved input. */
  public interface Guard {
    /** "punkten 3", "delegationsbeslutet": what has unsaved changes, as the question names it. */
    String what();

    ObservableBooleanValue dirty();

    /** Saves; {@code done} gets whether it was saved (a refused save keeps the input and stays). */
    void save(Consumer<Boolean> done);

    /** Puts the editor back as last saved or loaded. */
    void discard();
  }

  /** Something holding guards: an area, a part of one. */
  public interface Source {
    List<Guard> guards();
  }

  /** How the question is asked (the window: a dialog; tests: a fixed answer). */
  @FunctionalInterface
  public interface Ask {
    ButtonType ask(Guard g);
  }

  private UnsavedChanges() {}

  /**
   * Runs {@code proceed} once every guard is saved or discarded; {@code stay} when the user chooses Avbryt or a
   * save is refused (the input stays where it is).
   */
  public static void check(List<Guard> guards, Ask ask, Runnable proceed, Runnable stay) {
    List<Guard> dirty = new ArrayList<>(guards.stream().filter(g -> g.dirty().get()).toList());
    next(dirty, ask, proceed, stay);
  }

  private static void next(List<Guard> dirty, Ask ask, Runnable proceed, Runnable stay) {
    if (dirty.isEmpty()) {
      proceed.run();
      return;
    }
    Guard g = dirty.removeFirst();
    ButtonType answer = ask.ask(g);
    if (answer == SPARA) {
      g.save(ok -> {
        if (ok) {
          next(dirty, ask, proceed, stay);
        } else {
          stay.run();
        }
      });
    } else if (answer == SLANG) {
      g.discard();
      next(dirty, ask, proceed, stay);
    } else {
      stay.run();
    }
  }

  /** A guard made of its parts. */
  public static Guard guard(String what, ObservableBooleanValue dirty, Consumer<Consumer<Boolean>> save,
      Runnable discard) {
    return new Guard() {
      @Override
      public String what() {
        return what;
      }

      @Override
      public ObservableBooleanValue dirty() {
        return dirty;
      }

      @Override
      public void save(Consumer<Boolean> done) {
        save.accept(done);
      }

      @Override
      public void discard() {
        discard.run();
      }
    };
  }

  /** True when a guard has unsaved input. */
  public static boolean any(List<Guard> guards) {
    return guards.stream().anyMatch(g -> g.dirty().get());
  }

  /** The window's question: "Punkten 3 har ändringar som inte är sparade." Spara / Släng / Avbryt. */
  public static Ask dialog(Window owner) {
    return g -> {
      Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("osparat.text", g.what()), SPARA, SLANG, AVBRYT);
      a.initOwner(owner);
      a.setTitle(Messages.get("app.titel"));
      a.setHeaderText(Messages.get("osparat.rubrik"));
      a.getDialogPane().setId("osparatDialog");
      a.getDialogPane().lookupButton(SPARA).setId("osparatSpara");
      a.getDialogPane().lookupButton(SLANG).setId("osparatSlang");
      a.getDialogPane().lookupButton(AVBRYT).setId("osparatAvbryt");
      Theme.style(a.getDialogPane());
      return a.showAndWait().orElse(AVBRYT);
    };
  }
}
