package se.namndbok.app.ejverkstallda;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.OutputFiles;
import se.namndbok.app.shared.OutputNotice;
import se.namndbok.core.ejverkstallda.IvoRad;
import se.namndbok.core.shared.Texts;

/**
 * The IVO list of the shown quarter: one row per decision of the report, "Nytt beslut", "Ändra beslut" for
 * the selected row (also a double click), and the export: CSV, which IVO's e-tjänst is filled from, or Excel.
 */
final class IvoTabell extends VBox {
  private final StatistikViewModel vm;
  private final BeslutFormViewModel form;
  private final TableView<IvoRad> table;
  private final AppServices services;

  IvoTabell(StatistikViewModel vm, BeslutFormViewModel form, AppServices services) {
    super(8);
    this.vm = vm;
    this.form = form;
    this.services = services;
    setId("ivoTabell");
    table = new TableView<>(vm.ivo());
    table.setId("ivoLista");
    table.getStyleClass().add(Styles.DENSE);
    table.setAccessibleText(Messages.get("ivo.tabell"));
    table.getColumns().setAll(kolumner());
    // all ten columns in sight at 1366×768, the reason's long text cut with its tooltip (it scrolled sideways)
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setRowFactory(t -> {
      var row = new javafx.scene.control.TableRow<IvoRad>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          andra();
        }
      });
      return row;
    });
    table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> { // Enter opens the row, as a double-click
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
        andra();
        e.consume();
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().setAll(knappar(), table);
  }

  private javafx.scene.layout.FlowPane knappar() {
    Button nytt = new Button(Messages.get("beslut.nytt"), new FontIcon(Material2AL.ADD));
    nytt.setId("beslutNytt");
    nytt.setOnAction(e -> nytt());
    Button andra = new Button(Messages.get("beslut.andra"), new FontIcon(Material2AL.EDIT));
    andra.setId("beslutAndra");
    andra.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    andra.setOnAction(e -> andra());
    // CSV is what IVO's e-tjänst reads; Excel is for the officials' own follow-up (it was on the command line only)
    javafx.scene.control.MenuButton exportera = new javafx.scene.control.MenuButton(Messages.get("ivo.exportera"),
        new FontIcon(Material2MZ.SAVE_ALT));
    exportera.setId("ivoExport");
    exportera.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.ivo()).or(vm.arbetarProperty()));
    for (String filandelse : List.of("csv", "xlsx")) {
      javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(Messages.get("ivo.format." + filandelse));
      item.setId("ivoExport-" + filandelse);
      item.setOnAction(e -> exportera(filandelse));
      exportera.getItems().add(item);
    }
    javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 8, nytt, andra, exportera);
    bar.setAlignment(Pos.CENTER_LEFT);
    for (javafx.scene.control.ButtonBase b : List.of(nytt, andra, exportera)) {
      b.setMinWidth(Button.USE_PREF_SIZE);
    }
    return bar;
  }

  /** "Nytt beslut" of the chosen lag: the button, and Ctrl+N anywhere in the Statistik area. */
  void nytt() {
    form.nytt(vm.lagProperty().get());
    BeslutDialog.show(getScene().getWindow(), form, this::sparat);
  }

  private void andra() {
    IvoRad rad = table.getSelectionModel().getSelectedItem();
    if (rad != null && form.andra(rad.referens())) {
      BeslutDialog.show(getScene().getWindow(), form, this::sparat);
    }
  }

  /**
   * After a save: the list read again, and a word that it was saved — a decision of the other lag is not in this
   * list, and it had seemed to vanish (found by a walk).
   */
  private void sparat(se.namndbok.core.ejverkstallda.GynnandeBeslut b) {
    vm.ladda();
    EntryForms.notifyDone(this, b.lag() == vm.lagProperty().get() ? Messages.format("beslut.sparat", b.referens())
        : Messages.format("beslut.sparat.annan.lag", b.referens(), b.lag().kod()));
  }

  /** {@code filandelse}: "csv" or "xlsx"; the view model writes the format the chosen name ends with. */
  private void exportera(String filandelse) {
    String name = "ivo-" + vm.lagProperty().get().kod() + "-" + vm.kvartalProperty().get() + "." + filandelse;
    OutputFiles.ask(services, getScene().getWindow(), Messages.get("ivo.exportera"), name,
        new FileChooser.ExtensionFilter(Messages.get("ivo.format." + filandelse), "*." + filandelse))
        .ifPresent(file -> vm.exporteraIvo(file, written -> OutputNotice.OutputEvent.fire(this,
            Messages.get("ivo.klar"), written, List.of())));
  }

  private static List<TableColumn<IvoRad, ?>> kolumner() {
    Comparator<String> sv = Texts.swedishOrder();
    Comparator<LocalDate> dag = Comparator.nullsLast(Comparator.naturalOrder());
    // min widths keep the short values whole ("ej verkställt", a date); the reason and the days of offers give way
    // first, with a tooltip. The headers are short ("Beslut", "Född") so that the eleven fit 1366 pixels.
    return List.of(
        kol("referens", IvoRad::referens, sv, 90, 110),
        kol("kon", r -> r.kon().text(), sv, 60, 70),
        kol("fodelsear", IvoRad::fodelsear, Comparator.nullsLast(Comparator.<Integer>naturalOrder()), 60, 80),
        kol("beslutsdatum", IvoRad::beslutsdatum, dag, 102, 104),
        kol("avbrottsdatum", IvoRad::avbrottsdatum, dag, 102, 104),
        kol("insats", r -> r.insats().kod(), sv, 80, 100),
        kol("dagar", IvoRad::dagar, Comparator.<Long>naturalOrder(), 50, 60),
        kol("status", r -> r.status().text(), sv, 110, 110),
        kol("skal", r -> r.skal() == null ? "" : r.skal().text(), sv, 100, 260),
        kol("erbjudanden", IvoRad::erbjudandenText, sv, 90, 180),
        kol("datum", IvoRad::datum, dag, 102, 104));
  }

  private static <T> TableColumn<IvoRad, T> kol(String key, Function<IvoRad, T> value, Comparator<T> order,
      double min, double width) {
    TableColumn<IvoRad, T> c = EntryForms.column("ivoKol-" + key, Messages.get("ivo.kol." + key), value, order);
    EntryForms.width(c, min, width);
    return c;
  }
}
