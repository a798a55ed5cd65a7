package se.namndbok.app.shared;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.sekretess.Version;

/**
 * The window side of "Skapa kallelse", "Skapa protokoll" and the redovisningar: asks where to save (in the
 * board's output folder, under the document's usual name), writes in the background (progress and "Avbryt" in
 * the status bar), then tells the output notice the full path with "Öppna" and "Visa i mapp" and any warnings.
 */
public final class MeetingDocumentActions {
  private final AppServices services;
  private final MeetingDocumentViewModel vm;
  private final Node owner;
  private final String keys;

  /** {@code keys}: the document's message prefix ("kallelse": ".klar", ".fel.rubrik"). */
  public MeetingDocumentActions(AppServices services, MeetingDocumentViewModel vm, Node owner, String keys) {
    this.services = services;
    this.vm = vm;
    this.owner = owner;
    this.keys = keys;
    vm.errorProperty().addListener((o, was, now) -> {
      if (now != null && !now.isEmpty()) {
        Alert a = new Alert(Alert.AlertType.WARNING, now);
        a.initOwner(owner.getScene().getWindow());
        a.setTitle(Messages.get("app.titel"));
        a.setHeaderText(Messages.get(keys + ".fel.rubrik"));
        a.show();
      }
    });
  }

  /** Asks for the file (titled {@code title}) and writes the meeting's document in {@code version}. */
  public void create(Sammantrade s, Version version, String title) {
    OutputFiles.ask(services, owner.getScene().getWindow(), title, vm.defaultFileName(s, version),
        new FileChooser.ExtensionFilter("PDF", "*.pdf")).ifPresent(out ->
            vm.export(s, version, out, result -> OutputNotice.OutputEvent.fire(owner,
                Messages.format("utdata.sidor", Messages.get(keys + ".klar"), result.pages()), out,
                result.warnings())));
  }

  public boolean running() {
    return vm.runningProperty().get();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return vm.runningProperty();
  }
}
