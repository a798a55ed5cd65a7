package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The window never loses input: before what is typed would be replaced (another punkt, meeting or area chosen,
 * the window closed), the user is asked — Spara, Släng or Avbryt — once per editor with unsaved changes
 * (decision record 0083). Spara saves and then goes on; Släng puts the editor back as last saved; Avbryt stays.
 * A refused save stays too, and says why: in a long form the refused field may be scrolled out of sight.
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

    /** Why the last save was refused, as the form shows it; empty when the form's own messages are in sight. */
    default String refusal() {
      return "";
    }
  }

  /** Something holding guards: an area, a part of one. */
  public interface Source {
    List<Guard> guards();
  }

  /** How the question is asked (the window: a dialog; tests: a fixed answer). */
  @FunctionalInterface
  public interface Ask {
    ButtonType ask(Guard g);

    /** Tells that {@code g}'s save was refused (its input stays); by default the form's own messages do. */
    default void refused(Guard g) {
    }
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
          ask.refused(g);
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
    return guard(what, dirty, save, discard, () -> "");
  }

  /** A guard made of its parts, whose refused save is told with {@code refusal} (the form's messages). */
  public static Guard guard(String what, ObservableBooleanValue dirty, Consumer<Consumer<Boolean>> save,
      Runnable discard, Supplier<String> refusal) {
    return guard(() -> what, dirty, save, discard, refusal);
  }

  /** A guard whose name follows what it holds ("ledamoten ”Anna Berg”"), read when the question is asked. */
  public static Guard guard(Supplier<String> what, ObservableBooleanValue dirty, Consumer<Consumer<Boolean>> save,
      Runnable discard, Supplier<String> refusal) {
    return new Guard() {
      @Override
      public String what() {
        return what.get();
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

      @Override
      public String refusal() {
        return refusal.get();
      }
    };
  }

  /**
   * Runs {@code action} on what is stored once nothing typed is left unsaved: asks about each editor with unsaved
   * input first (Avbryt does nothing). For the actions that make a document or lock a record from the store — a
   * kallelse made or sent, a protokoll justerat or written — which would otherwise leave out what is on screen.
   */
  public static void thenRun(Source source, javafx.scene.Node owner, Runnable action) {
    List<Guard> guards = source.guards();
    if (!any(guards)) {
      action.run();
      return;
    }
    check(guards, dialog(owner.getScene() == null ? null : owner.getScene().getWindow()), action, () -> { });
  }

  /** True when a guard has unsaved input. */
  public static boolean any(List<Guard> guards) {
    return guards.stream().anyMatch(g -> g.dirty().get());
  }

  /** The window's question: "Punkten 3 har ändringar som inte är sparade." Spara / Släng / Avbryt. */
  public static Ask dialog(Window owner) {
    return new Ask() {
      @Override
      public ButtonType ask(Guard g) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("osparat.text", g.what()), SPARA, SLANG,
            AVBRYT);
        a.initOwner(owner);
        a.setTitle(Messages.get("app.titel"));
        a.setHeaderText(Messages.get("osparat.rubrik"));
        a.getDialogPane().setId("osparatDialog");
        a.getDialogPane().lookupButton(SPARA).setId("osparatSpara");
        a.getDialogPane().lookupButton(SLANG).setId("osparatSlang");
        a.getDialogPane().lookupButton(AVBRYT).setId("osparatAvbryt");
        Theme.style(a.getDialogPane());
        return a.showAndWait().orElse(AVBRYT);
      }

      /** "Närvaro sparades inte" and the form's messages; nothing when the form shows them in sight. */
      @Override
      public void refused(Guard g) {
        String why = g.refusal();
        if (why == null || why.isBlank()) {
          return;
        }
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.format("osparat.vagrat.text", why), ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(Messages.get("app.titel"));
        a.setHeaderText(Messages.format("osparat.vagrat.rubrik", capitalized(g.what())));
        a.getDialogPane().setId("osparatVagrat");
        Theme.style(a.getDialogPane());
        a.showAndWait();
      }
    };
  }

  private static String capitalized(String what) {
    return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
