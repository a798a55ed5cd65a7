package se.namndbok.app.protokoll;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.protokoll.ProtokollVersion;

/**
 * Shown for a justerat protokoll: its kept versions (the original and each rättelse), each PDF saved byte for
 * byte, and the rättelse form (§, corrected beslut, reason).
 */
final class RattelsePane extends VBox {
  private final RattelseViewModel vm;
  /** Where a version's PDF is saved: asked in the board's output folder, named for the meeting and version. */
  private final java.util.function.BiFunction<ProtokollVersion, Boolean, java.util.Optional<Path>> where;
  private final VBox rows = new VBox(4);

  RattelsePane(RattelseViewModel vm, ObservableList<ParagrafRad> paragrafer, ObservableBooleanValue justerat,
      Runnable reload, java.util.function.BiFunction<ProtokollVersion, Boolean, java.util.Optional<Path>> where) {
    super(8);
    this.vm = vm;
    this.where = where;
    setId("protokollRattelse");
    Label heading = new Label(Messages.get("rattelse.rubrik"));
    heading.getStyleClass().add(Styles.TITLE_4);
    Label tips = new Label(Messages.get("rattelse.tips"));
    tips.setWrapText(true);
    tips.getStyleClass().add("muted");
    getChildren().setAll(heading, tips, rows, form(paragrafer, reload));
    managedProperty().bind(justerat);
    visibleProperty().bind(justerat);
    vm.versioner().addListener((javafx.collections.ListChangeListener<ProtokollVersion>) c -> rebuild());
  }

  private void rebuild() {
    rows.getChildren().setAll(vm.versioner().stream().map(this::row).toList());
  }

  private Node row(ProtokollVersion v) {
    Label text = new Label(v.rattad()
        ? Messages.format("rattelse.version.rattad", v.version(), v.skapad().toLocalDate(), v.skapadAv(), v.skal())
        : Messages.format("rattelse.version.original", v.version(), v.skapad().toLocalDate(), v.skapadAv()));
    text.setWrapText(true);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox row = new HBox(8, text, gap, save(v, false), save(v, true));
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Button save(ProtokollVersion v, boolean offentlig) {
    Button b = new Button(Messages.get(offentlig ? "rattelse.spara.offentlig" : "rattelse.spara"));
    b.setId("protokollVersion" + v.version() + (offentlig ? "Offentlig" : ""));
    b.setOnAction(e -> where.apply(v, offentlig).ifPresent(out -> vm.spara(v, offentlig, out,
        r -> EntryForms.notifyDone(this, Messages.format("protokoll.klar.text", out.getFileName(), r.pages())))));
    return b;
  }

  private VBox form(ObservableList<ParagrafRad> paragrafer, Runnable reload) {
    ComboBox<ParagrafRad> paragraf = new ComboBox<>(paragrafer);
    paragraf.setId("rattelseParagraf");
    paragraf.setPromptText(Messages.get("rattelse.paragraf"));
    paragraf.setConverter(new StringConverter<>() {
      @Override
      public String toString(ParagrafRad r) {
        return r == null ? "" : r.paragraf() + "  " + r.rubrik();
      }

      @Override
      public ParagrafRad fromString(String s) {
        return null;
      }
    });
    paragraf.valueProperty().bindBidirectional(vm.paragrafProperty());
    TextArea beslut = new TextArea();
    beslut.setId("rattelseBeslut");
    beslut.setWrapText(true);
    beslut.setPrefRowCount(3);
    beslut.textProperty().bindBidirectional(vm.beslutProperty());
    TextField skal = new TextField();
    skal.setId("rattelseSkal");
    skal.textProperty().bindBidirectional(vm.skalProperty());
    Button spara = new Button(Messages.get("rattelse.spara.knapp"));
    spara.setId("rattelseSpara");
    spara.getStyleClass().add(Styles.ACCENT);
    spara.disableProperty().bind(vm.savingProperty());
    spara.setOnAction(e -> vm.ratta(reload));
    return new VBox(6, Forms.labelled(paragraf, Messages.get("rattelse.paragraf"), vm.errors().get("Beslut")),
        Forms.labelled(beslut, Messages.get("rattelse.beslut"), new javafx.beans.property.SimpleStringProperty("")),
        Forms.labelled(skal, Messages.get("rattelse.skal"), vm.errors().get("Skäl")),
        Forms.errorLabel("rattelseError", vm.errors().general()), spara);
  }
}
