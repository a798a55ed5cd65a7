package se.namndbok.app.firstrun;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.app.kryptering.KrypteringViewModel;
import se.namndbok.app.kryptering.NyttLosenordDialog;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;

/** The first-run choice: "Öppna demonämnden" or "Börja med en tom nämnd" (with its small form). */
public final class FirstRunView extends StackPane {

  public FirstRunView(FirstRunViewModel vm) {
    this(vm, null, null);
  }

  /**
   * With {@code onServer}, a third choice: "Anslut till nämndens gemensamma databas" (issue 9); with
   * {@code kryptering} (the embedded store), "Skydda databasen med ett lösenord …" before either choice is made.
   */
  public FirstRunView(FirstRunViewModel vm, Runnable onServer, KrypteringViewModel kryptering) {
    setId("firstRunView");
    Label title = new Label(Messages.get("forsta.rubrik"));
    title.getStyleClass().add("first-run-title");
    Label intro = text(Messages.get("forsta.text"));
    VBox demo = card(button("firstRunDemo", "forsta.demo", new FontIcon(Material2MZ.PLAY_ARROW), vm),
        text(Messages.get("forsta.demo.text")));
    ((Button) demo.getChildren().getFirst()).setOnAction(e -> vm.installDemo());
    ((Button) demo.getChildren().getFirst()).getStyleClass().add(Styles.ACCENT);
    Button emptyButton = button("firstRunEmpty", "forsta.tom", new FontIcon(Material2AL.ADD), vm);
    emptyButton.setOnAction(e -> {
      vm.showEmptyForm();
      javafx.application.Platform.runLater(() -> lookup("#namndNamn").requestFocus());
    });
    VBox empty = card(emptyButton, text(Messages.get("forsta.tom.text")), emptyForm(vm));
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(28, 28);
    Label doing = new Label();
    doing.setId("firstRunWorking");
    doing.textProperty().bind(vm.workingProperty());
    HBox working = new HBox(10, spinner, doing);
    working.setAlignment(Pos.CENTER_LEFT);
    working.visibleProperty().bind(vm.busyProperty());
    VBox content = new VBox(title, intro, demo, empty, working);
    if (onServer != null) {
      Button server = button("firstRunServer", "forsta.server", new FontIcon(Material2MZ.STORAGE), vm);
      server.setOnAction(e -> onServer.run());
      content.getChildren().add(3, card(server, text(Messages.get("forsta.server.text"))));
    }
    if (kryptering != null) {
      content.getChildren().add(content.getChildren().indexOf(working), krypteringKort(kryptering, vm));
    }
    content.getStyleClass().add("first-run");
    content.setAlignment(Pos.TOP_LEFT);
    getChildren().add(content);
    StackPane.setAlignment(content, Pos.TOP_CENTER);
  }

  /** The optional password: a button until the store is encrypted, then the confirmation in its place. */
  private VBox krypteringKort(KrypteringViewModel kryptering, FirstRunViewModel vm) {
    Button knapp = new Button(Messages.get("kryptering.forsta"), new FontIcon(Material2AL.LOCK));
    knapp.setId("firstRunKryptera");
    knapp.setAccessibleText(Messages.get("kryptering.forsta"));
    knapp.disableProperty().bind(vm.busyProperty().or(kryptering.arbetarProperty()));
    knapp.visibleProperty().bind(kryptering.krypteradProperty().not());
    knapp.managedProperty().bind(knapp.visibleProperty());
    knapp.setOnAction(e -> NyttLosenordDialog.show(getScene().getWindow(), false, kryptering.arbetarProperty(),
        kryptering.felProperty(), kryptering::kryptera));
    Label klar = Forms.wrapping(new Label());
    klar.setId("firstRunKrypterad");
    klar.textProperty().bind(kryptering.klarProperty().map(t -> t.isEmpty()
        ? Messages.get("kryptering.ar.krypterad") : t)); // encrypted at an earlier start, before any board
    klar.visibleProperty().bind(kryptering.krypteradProperty());
    klar.managedProperty().bind(klar.visibleProperty());
    Label forklaring = text(Messages.get("kryptering.forsta.text"));
    forklaring.visibleProperty().bind(knapp.visibleProperty());
    forklaring.managedProperty().bind(forklaring.visibleProperty());
    return card(knapp, klar, forklaring);
  }

  private static VBox emptyForm(FirstRunViewModel vm) {
    Button create = new Button(Messages.get("forsta.skapa"));
    create.setId("namndSkapa");
    create.setDefaultButton(true);
    create.disableProperty().bind(vm.busyProperty());
    create.setOnAction(e -> vm.createEmpty());
    HBox row = new HBox(12,
        grow(Forms.textField("namndNamn", Messages.get("forsta.namn"), Messages.get("forsta.namn.exempel"),
            vm.namnProperty(), vm.namnErrorProperty())),
        grow(Forms.textField("namndKommun", Messages.get("forsta.kommun"), Messages.get("forsta.kommun.exempel"),
            vm.kommunProperty(), vm.kommunErrorProperty())),
        grow(Forms.textField("namndForvaltning", Messages.get("forsta.forvaltning"),
            Messages.get("forsta.forvaltning.exempel"), vm.forvaltningProperty(), vm.forvaltningErrorProperty())));
    VBox form = new VBox(8, row, Forms.errorLabel("namndError", vm.generalErrorProperty()), create);
    form.setId("namndForm");
    form.visibleProperty().bind(vm.emptyFormShownProperty());
    form.managedProperty().bind(form.visibleProperty());
    return form;
  }

  private static VBox grow(VBox field) {
    HBox.setHgrow(field, Priority.ALWAYS);
    return field;
  }

  private static Button button(String id, String key, FontIcon icon, FirstRunViewModel vm) {
    Button b = new Button(Messages.get(key), icon);
    b.setId(id);
    b.getStyleClass().add(Styles.LARGE);
    b.setAccessibleText(Messages.get(key));
    b.disableProperty().bind(vm.busyProperty());
    return b;
  }

  private static VBox card(javafx.scene.Node... children) {
    VBox card = new VBox(children);
    card.getStyleClass().add("choice-card");
    return card;
  }

  private static Label text(String s) {
    Label l = new Label(s);
    Forms.wrapping(l);
    l.getStyleClass().add("muted");
    return l;
  }
}
