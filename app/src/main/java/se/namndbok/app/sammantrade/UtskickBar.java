package se.namndbok.app.sammantrade;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.kallelse.Utskick;
import se.namndbok.core.sammantrade.Sammantrade;

/** The selected meeting's "Skicka ut kallelse", its sent versions, "ändrad efter utskick" and "Markera genomfört". */
final class UtskickBar extends HBox {
  private final UtskickViewModel vm;
  private final Runnable reloadMeetings;

  /** What is typed and not saved, asked about before the kallelse is sent or the meeting marked as held. */
  private final java.util.function.Consumer<Runnable> afterUnsaved;

  UtskickBar(UtskickViewModel vm, Runnable reloadMeetings, java.util.function.Consumer<Runnable> afterUnsaved) {
    super(8);
    this.vm = vm;
    this.reloadMeetings = reloadMeetings;
    this.afterUnsaved = afterUnsaved;
    setId("utskickBar");
    setAlignment(Pos.CENTER_LEFT);
    Label status = new Label();
    status.setId("utskickStatus");
    status.textProperty().bind(vm.textProperty());
    status.setWrapText(true);
    getChildren().setAll(skicka(), versioner(), genomfort(), status, Forms.errorLabel("utskickError", vm.errorProperty()));
    // shown again after another area: what was changed there (the board's kallelse details, its members) may have
    // changed the kallelse since the utskick, and whether "Skicka ut kallelse" is offered follows that
    sceneProperty().addListener((o, was, now) -> {
      if (was == null && now != null) {
        vm.load();
      }
    });
  }

  private Button skicka() {
    Button b = new Button(Messages.get("utskick.skicka"), new FontIcon(Material2MZ.SEND));
    b.setId("motenSkickaUt");
    b.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.kanSkickasUt() || vm.busyProperty().get(),
        vm.sammantradeProperty(), vm.lageProperty(), vm.busyProperty()));
    b.setOnAction(e -> afterUnsaved.accept(this::skickaUt));
    return b;
  }

  /** Sends the kallelse out as the store has it, after the user confirms. */
  private void skickaUt() {
    Sammantrade s = vm.sammantradeProperty().get();
    if (se.namndbok.app.shared.Oaterkalleligt.bekraftat(getScene().getWindow(), "utskickDialog",
        Messages.get("utskick.skicka"), fraga(s), Messages.get("utskick.knapp"))) {
      vm.skickaUt(u -> {
        EntryForms.notifyDone(this, Messages.format("utskick.klar", u.version(), s.datum()));
        reloadMeetings.run();
      });
    }
  }

  /** The question before sending; sent before, it says which version this one replaces. */
  private String fraga(Sammantrade s) {
    var lage = vm.lageProperty().get();
    return lage == null || lage.senaste().isEmpty() ? Messages.format("utskick.fraga", s.datum())
        : Messages.format("utskick.fraga.igen", s.datum(), lage.senaste().get().version(),
            lage.senaste().get().skickad().toLocalDate(), lage.senaste().get().version() + 1);
  }

  private MenuButton versioner() {
    MenuButton m = new MenuButton(Messages.get("utskick.versioner"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
    m.setId("utskickVersioner");
    vm.lageProperty().addListener((o, was, now) -> {
      m.getItems().clear();
      if (now != null) {
        now.versioner().forEach(u -> m.getItems().addAll(item(u, false), item(u, true)));
      }
    });
    m.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.lageProperty().get() == null
        || vm.lageProperty().get().versioner().isEmpty(), vm.lageProperty()));
    return m;
  }

  private MenuItem item(Utskick u, boolean offentlig) {
    MenuItem i = new MenuItem(Messages.format(offentlig ? "utskick.version.offentlig" : "utskick.version",
        u.version(), u.skickad().toLocalDate()));
    i.setId("utskickVersion" + u.version() + (offentlig ? "Offentlig" : ""));
    i.setOnAction(e -> vm.askWhere(getScene().getWindow(), u, offentlig).ifPresent(out -> vm.spara(u, offentlig, out,
        r -> EntryForms.notifyDone(this, Messages.format("kallelse.klar.text", out.getFileName(), r.pages())))));
    return i;
  }

  /** "Markera som genomfört", or for a held meeting whose protokoll is not justerat, "Markera som ej genomfört". */
  private Button genomfort() {
    Button b = new Button();
    b.setId("motenGenomfort");
    b.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(UtskickViewModel.kanAngraGenomfort(
        vm.sammantradeProperty().get()) ? "moten.ej.genomfort" : "moten.genomfort"), vm.sammantradeProperty()));
    b.disableProperty().bind(Bindings.createBooleanBinding(() -> !(UtskickViewModel.kanSkickas(vm.sammantradeProperty()
        .get()) || UtskickViewModel.kanAngraGenomfort(vm.sammantradeProperty().get())) || vm.busyProperty().get(),
        vm.sammantradeProperty(), vm.busyProperty()));
    b.setOnAction(e -> {
      if (UtskickViewModel.kanAngraGenomfort(vm.sammantradeProperty().get())) {
        vm.markeraEjGenomfort(s -> reloadMeetings.run());
      } else {
        afterUnsaved.accept(() -> vm.markeraGenomfort(s -> reloadMeetings.run()));
      }
    });
    return b;
  }
}
