package se.namndbok.app.anslutning;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;

/** The form "Anslut till nämndens gemensamma databas"; Enter connects, {@code onBack} returns to the choice. */
public final class AnslutningView extends StackPane {

  public AnslutningView(AnslutningViewModel vm, Runnable onBack) {
    setId("anslutningView");
    Label title = new Label(Messages.get("anslut.rubrik"));
    title.getStyleClass().add("first-run-title");
    title.setWrapText(true);
    Label intro = new Label(Messages.get("anslut.text"));
    intro.setWrapText(true);
    PasswordField losenord = new PasswordField();
    losenord.setId("anslutLosenord");
    losenord.setAccessibleText(Messages.get("anslut.losenord"));
    losenord.textProperty().bindBidirectional(vm.losenordProperty());
    Button anslut = new Button(Messages.get("anslut.knapp"));
    anslut.setId("anslutKnapp");
    anslut.setDefaultButton(true);
    anslut.getStyleClass().add(Styles.ACCENT);
    anslut.disableProperty().bind(vm.busyProperty());
    anslut.setOnAction(e -> vm.anslut());
    Button tillbaka = new Button(Messages.get("anslut.tillbaka"));
    tillbaka.setId("anslutTillbaka");
    tillbaka.setOnAction(e -> onBack.run());
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(24, 24);
    working.visibleProperty().bind(vm.busyProperty());
    Label fel = new Label();
    fel.setId("anslutFel");
    fel.setWrapText(true);
    fel.getStyleClass().add(Styles.DANGER);
    fel.textProperty().bind(vm.felProperty());
    fel.managedProperty().bind(fel.textProperty().isNotEmpty());
    VBox content = new VBox(10, title, intro,
        Forms.textField("anslutServer", Messages.get("anslut.server"), Messages.get("anslut.server.exempel"),
            vm.serverProperty(), ingetFel()),
        Forms.textField("anslutDatabas", Messages.get("anslut.databas"), "namndbok", vm.databasProperty(), ingetFel()),
        Forms.textField("anslutAnvandare", Messages.get("anslut.anvandare"), "", vm.anvandareProperty(), ingetFel()),
        Forms.labelled(losenord, Messages.get("anslut.losenord"), ingetFel()), fel,
        new HBox(12, anslut, tillbaka, working));
    content.getStyleClass().add("first-run");
    content.setMaxWidth(720);
    content.setAlignment(Pos.TOP_LEFT);
    getChildren().add(content);
    StackPane.setAlignment(content, Pos.TOP_CENTER);
    // remembered details: only the password is left to type
    javafx.application.Platform.runLater(() -> (vm.serverProperty().get().isBlank()
        ? lookup("#anslutServer") : losenord).requestFocus());
  }

  /** The form says its one message below the fields, not at each field. */
  private static javafx.beans.property.StringProperty ingetFel() {
    return new javafx.beans.property.SimpleStringProperty("");
  }
}
