package se.namndbok.app.diarium;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.OutputFiles;
import se.namndbok.app.shared.OutputNotice;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Filtyp;
import se.namndbok.core.arende.Handling;

/**
 * What the diarium's buttons, context menus, double-clicks and drops do: open the form for it and hand the
 * result to the view model. One place, so a button and its menu item can never differ.
 */
final class DiariumActions {
  private final AppServices services;
  private final TaskExecutor executor;
  private final DiariumViewModel vm;
  private final Supplier<Window> window;
  private final StoredFileOpener opener;

  DiariumActions(AppServices services, TaskExecutor executor, DiariumViewModel vm, Supplier<Window> window) {
    this.services = services;
    this.executor = executor;
    this.vm = vm;
    this.window = window;
    this.opener = new StoredFileOpener(services.arenden(), services.programs(), executor);
  }

  void registerArende() {
    var form = new RegisterArendeViewModel(services.arenden()::register, services.clock(), executor);
    form.withDraft(services.drafts(), "arende-ny", () -> Messages.format("utkast.vad.arende.ny",
        Messages.quoted(form.rubrikProperty().get()))).withSuggestions(services.arenden()::varden);
    new RegisterArendeDialog(window.get(), form).showAndWait().ifPresent(vm::added);
  }

  void andra(Arende a) {
    if (a != null) {
      var form = RegisterArendeViewModel.forChange(services.arenden(), services.clock(), executor, a)
          .withDraft(services.drafts(), RegisterArendeViewModel.draftKey(a),
              () -> Messages.format("utkast.vad.arende.andras", a.diarienummer()))
          .withSuggestions(services.arenden()::varden);
      new RegisterArendeDialog(window.get(), form).showAndWait().ifPresent(vm::changed);
    }
  }

  /** "Avsluta ärende" or, for a closed one, "Återöppna ärende". */
  void avslutaEllerAteroppna(Arende a) {
    if (a != null) {
      var form = new ArendeStatusViewModel(services.arendestatus(), executor, a);
      new ArendeStatusDialog(window.get(), form).showAndWait().ifPresent(vm::changed);
    }
  }

  /** "Registrera handling" on {@code a}, with {@code file} (dropped, may be null) already chosen. */
  boolean registerHandling(Arende a, Path file) {
    if (a == null) {
      return false;
    }
    var form = new RegisterHandlingViewModel(services.arenden(), services.clock(), executor, a)
        .withDraft(services.drafts()).withSuggestions();
    if (file != null && !form.setFile(file)) {
      ErrorDialog.show(Messages.get("handling.fil.fel"), form.errors().get(RegisterHandlingViewModel.FIL).get());
      return false;
    }
    new RegisterHandlingDialog(window.get(), form, services.fileDialogs()).showAndWait().ifPresent(vm::handlingAdded);
    return true;
  }

  /**
   * A file dropped on an ärende: taken at once when it is of a kind a handling may carry (the drag completes), and
   * the "Registrera handling" form opens right after, outside the drop.
   */
  boolean dropped(Arende a, Path file) {
    if (a == null || !Filtyp.tillaten(file.getFileName().toString())) {
      return false;
    }
    javafx.application.Platform.runLater(() -> registerHandling(a, file));
    return true;
  }

  void open(Handling h) {
    opener.open(h);
  }

  /**
   * Writes a copy of the handling's file where the user chooses (the dialog opens in the board's output folder),
   * to a temporary name renamed when complete; the output notice tells where.
   */
  void saveCopy(Handling h, javafx.scene.Node from) {
    if (h == null || h.fil() == null) {
      return;
    }
    String ending = Filtyp.andelse(h.fil().namn());
    OutputFiles.ask(services, window.get(), Messages.get("diarium.spara.kopia"), h.fil().namn(),
        new FileChooser.ExtensionFilter(ending.toUpperCase(java.util.Locale.ROOT), "*." + ending))
        .ifPresent(target -> BackgroundTask.wrap(() -> write(target, services.arenden().readFile(h.fil())))
            .onSuccess(written -> OutputNotice.OutputEvent.fire(from, Messages.format("diarium.kopia.klar",
                h.handlingsId().toString()), written, java.util.List.of()))
            .onFailure(t -> ErrorDialog.show(Messages.get("diarium.spara.kopia"), t.getMessage()))
            .executeWith(executor));
  }

  private static Path write(Path target, byte[] bytes) throws java.io.IOException {
    Path tmp = se.namndbok.core.shared.TempFiles.beside(target);
    try {
      java.nio.file.Files.write(tmp, bytes);
      return java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  static void copy(String text) {
    ClipboardContent c = new ClipboardContent();
    c.putString(text);
    Clipboard.getSystemClipboard().setContent(c);
  }
}
