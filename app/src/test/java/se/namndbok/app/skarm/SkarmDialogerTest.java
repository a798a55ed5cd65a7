package se.namndbok.app.skarm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.WindowWorld;
import se.namndbok.app.kryptering.LosenordDialog;
import se.namndbok.app.kryptering.TaBortKrypteringDialog;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.OutputNotice;
import se.namndbok.app.testing.Clipping;
import se.namndbok.app.testing.DemoTemplate;
import se.namndbok.app.testing.Glossary;
import se.namndbok.app.testing.WindowAreas;

/**
 * Every dialog of the window on the demo board at 1366×768, empty and with its field messages showing, then made as
 * small as 125 % scaling leaves (1093×614): nothing cut, the buttons inside the dialog, the dialog on the screen,
 * a form that scrolls only when the screen has no room for it;
 * also the F1 help, "Om Nämndbok", the output notice, the error dialog, the restore dialog with a backup's
 * preview, and the encryption dialogs (a new password in Inställningar, the password at the start with core's
 * refusal). Texts are checked against the glossary.
 */
@ExtendWith(ApplicationExtension.class)
class SkarmDialogerTest {
  private WindowWorld world;
  private Stage stage;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> texts = Clipping.texts();
  @TempDir
  Path dir;

  @BeforeAll
  static void demo() {
    DemoTemplate.warm();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    world = new WindowWorld(stage, DemoTemplate.copy(), 1366, 768);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void noDialogIsCutAt1366x768NorAt125PercentEmptyOrWithItsMessages(FxRobot robot) throws Exception {
    WindowAreas.open(robot, 5);
    javafx.scene.control.TabPane flikar = waitFor(robot, "#installningarFlikar");
    robot.interact(() -> flikar.getTabs().stream().filter(t -> "flik-kryptering".equals(t.getId())).findFirst()
        .ifPresent(t -> flikar.getSelectionModel().select(t)));
    robot.clickOn((Node) waitFor(robot, "#krypteringKnapp"));
    check(robot, "#nyttLosenordDialog", "Kryptera databasen");
    robot.clickOn("#nyttLosenordOk");
    errors(robot, "#nyttLosenordDialog");
    check(robot, "#nyttLosenordDialog", "Kryptera databasen med fel");
    robot.type(KeyCode.ESCAPE);

    javafx.beans.property.StringProperty borttagningsfel = new javafx.beans.property.SimpleStringProperty("");
    Platform.runLater(() -> TaBortKrypteringDialog.show(stage, new javafx.beans.property.SimpleBooleanProperty(),
        borttagningsfel, (losenord, klar) -> borttagningsfel.set("Fel lösenord. Krypteringen är kvar.")));
    check(robot, "#taBortKrypteringDialog", "Ta bort krypteringen");
    robot.clickOn("#taBortKrypteringOk");
    errors(robot, "#taBortKrypteringDialog");
    set(robot, "#nuvarandeLosenord", "fel-losenord");
    robot.clickOn("#taBortKrypteringOk");
    check(robot, "#taBortKrypteringDialog", "Ta bort krypteringen med fel");
    robot.type(KeyCode.ESCAPE);

    String mapp = "/home/anna.andersson-lindqvist/.local/share/namndbok";
    Platform.runLater(() -> LosenordDialog.show(stage, mapp, "Fel lösenord för databasen i " + mapp + ".", p -> {},
        () -> {}));
    check(robot, "#losenordDialog", "Lösenord för databasen med fel");
    robot.type(KeyCode.ESCAPE);

    WindowAreas.open(robot, 0);
    WindowAreas.settle(robot, 0);
    ctrlN(robot);
    check(robot, "#registerArendeDialog", "Registrera ärende");
    set(robot, "#registerKlassificering", "tre");
    robot.type(KeyCode.ENTER);
    errors(robot, "#registerArendeDialog");
    check(robot, "#registerArendeDialog", "Registrera ärende med fel");
    robot.type(KeyCode.ESCAPE);

    robot.clickOn(robot.lookup("#diariumTable .table-row-cell").nth(0).queryAs(Node.class));
    waitUntil("a selected ärende", () -> !robot.lookup("#diariumAndra").query().isDisabled());
    robot.clickOn("#diariumAndra");
    check(robot, "#registerArendeDialog", "Ändra ärende");
    robot.type(KeyCode.ESCAPE);
    robot.clickOn("#diariumNyHandling");
    check(robot, "#registerHandlingDialog", "Registrera handling");
    set(robot, "#handlingDatum", "31/11");
    set(robot, "#handlingMotpart", "x".repeat(301));
    robot.type(KeyCode.ENTER);
    errors(robot, "#registerHandlingDialog");
    check(robot, "#registerHandlingDialog", "Registrera handling med fel");
    robot.type(KeyCode.ESCAPE);
    robot.clickOn("#diariumStatus");
    check(robot, "#arendeStatusDialog", "Avsluta ärende");
    robot.type(KeyCode.ESCAPE);

    robot.type(KeyCode.F1);
    waitFor(robot, "#helpClose");
    main(robot, "Kortkommandon (F1)");
    robot.type(KeyCode.ESCAPE);
    robot.press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
    robot.type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ENTER);
    check(robot, "#omDialog", "Om Nämndbok");
    robot.type(KeyCode.ESCAPE);

    WindowAreas.open(robot, 1);
    WindowAreas.settle(robot, 1);
    ctrlN(robot);
    check(robot, "#nyttSammantradeDialog", "Nytt sammanträde");
    set(robot, "#nyttDatum", "31/11");
    set(robot, "#nyttPlats", "");
    set(robot, "#nyttTid", "kvart");
    robot.type(KeyCode.ENTER);
    errors(robot, "#nyttSammantradeDialog");
    check(robot, "#nyttSammantradeDialog", "Nytt sammanträde med fel");
    robot.type(KeyCode.ESCAPE);
    robot.clickOn("#byggareLaggTill").clickOn("#byggareLaggTillArende");
    check(robot, "#arendeSokDialog", "Lägg till ärenden");
    robot.type(KeyCode.ESCAPE);

    WindowAreas.open(robot, 2);
    WindowAreas.settle(robot, 2);
    WindowAreas.selectTabs(robot, "statistikView", List.of(1));
    robot.clickOn((Node) waitFor(robot, "#beslutNytt"));
    check(robot, "#beslutDialog", "Nytt beslut");
    set(robot, "#beslutReferens", "19480101-1234");
    set(robot, "#beslutFodelsear", "nittonhundra");
    robot.clickOn("#beslutSpara");
    errors(robot, "#beslutDialog");
    check(robot, "#beslutDialog", "Nytt beslut med fel");
    robot.type(KeyCode.ESCAPE);

    WindowAreas.open(robot, 3);
    WindowAreas.settle(robot, 3);
    set(robot, "#dbDiarienummer", "2025/9999");
    set(robot, "#dbDelegat", "Enhetschef");
    set(robot, "#dbDatum", "2025-10-15");
    set(robot, "#dbRubrik", "Beslut om kontaktperson");
    robot.clickOn("#dbRubrik");
    robot.type(KeyCode.ENTER);
    check(robot, "#okantArendeDialog", "Okänt ärende");
    robot.clickOn(button(robot, "#okantArendeDialog", ButtonBar.ButtonData.NO));
    Path csv = Files.writeString(dir.resolve("delegationsbeslut.csv"),
        "diarienummer;delegat;beslutande_tjansteman_enligt_delegationsordningen\n2025/1;x;y\n");
    world.desktop.answer(csv);
    robot.clickOn("#dbImport");
    check(robot, "#importErrorsDialog", "Fel i importfil");
    // the whole message is read without scrolling sideways (a walk had to): it wraps in the last column
    javafx.scene.control.TableView<?> fel = robot.lookup("#importErrorsTable").query();
    java.util.List<javafx.scene.text.Text> meddelanden = robot.lookup("#importErrorsTable .wrapped-text").queryAllAs(
        javafx.scene.text.Text.class).stream().filter(t -> !t.getText().isEmpty()).toList();
    assertThat(meddelanden).isNotEmpty().allSatisfy(t -> {
      assertThat(t.getText()).doesNotEndWith("…");
      assertThat(t.localToScene(t.getLayoutBounds()).getMaxX())
          .isLessThanOrEqualTo(fel.localToScene(fel.getLayoutBounds()).getMaxX());
    });
    assertThat(meddelanden.stream().mapToDouble(t -> t.getLayoutBounds().getHeight()).max().orElse(0))
        .as("a long message on several lines").isGreaterThan(30);
    robot.clickOn(button(robot, "#importErrorsDialog", ButtonBar.ButtonData.OK_DONE));

    robot.interact(() -> OutputNotice.OutputEvent.fire(robot.lookup("#delegationsbeslutView").query(),
        "Redovisningen av delegationsbeslut är klar (4 sidor)", Path.of(System.getProperty("user.home"), "Documents",
            "Nämndbok", "Socialnämnden", "Redovisning av delegationsbeslut Socialnämnden 2025-10-23 offentlig.pdf"),
        List.of("Bilagan Yttrande.pdf är inte PDF/A; den bifogades som den är.")));
    main(robot, "Utdatanotisen");
    Platform.runLater(() -> ErrorDialog.show("Filen Yttrande.pdf kunde inte öppnas", "Den lagrade filen "
        + "/home/anna/.local/share/namndbok/filer/ab/ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12 "
        + "har ändrats eller skadats (kontrollsumman stämmer inte)."));
    check(robot, "#errorDialog", "Felmeddelande");
    robot.clickOn(button(robot, "#errorDialog", ButtonBar.ButtonData.OK_DONE));

    world.services.core().sakerhetskopior().makeTodaysIfMissing();
    javafx.scene.control.MenuBar bar = waitFor(robot, "#menyrad");
    bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menyAterstall".equals(i.getId()))
        .findFirst().ifPresent(i -> Platform.runLater(i::fire));
    javafx.scene.control.Label preview = waitFor(robot, "#aterstallForhandsvisning");
    waitUntil("the backup's preview", () -> !preview.getText().isEmpty());
    check(robot, "#aterstallDialog", "Återställ från säkerhetskopia");
    robot.type(KeyCode.ESCAPE);

    assertThat(problems).isEmpty();
    assertThat(Glossary.violations(texts)).isEmpty();
  }

  /** Waits until the dialog shows field messages. */
  private static void errors(FxRobot robot, String pane) {
    DialogPane p = robot.lookup(pane).query();
    waitUntil("messages in " + pane, () -> p.lookupAll(".field-error").stream().anyMatch(Node::isVisible));
  }

  /** Fills a field as the user would have typed it (the layout is what is tested here, not the typing). */
  private static void set(FxRobot robot, String id, String text) {
    javafx.scene.control.TextInputControl field = robot.lookup(id).queryTextInputControl();
    robot.interact(() -> {
      field.requestFocus();
      field.setText(text);
    });
  }

  private static void ctrlN(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
  }

  private static Node button(FxRobot robot, String pane, ButtonBar.ButtonData kind) {
    DialogPane p = robot.lookup(pane).query();
    return p.getButtonTypes().stream().filter(t -> t.getButtonData() == kind).map(p::lookupButton).findFirst()
        .orElseThrow();
  }

  /** The main window at 1366×768 and at 1093×614, then back. */
  private void main(FxRobot robot, String where) {
    problems.addAll(Clipping.problems(robot, stage.getScene(), "1366×768 " + where, texts));
    robot.interact(() -> {
      stage.setWidth(1093);
      stage.setHeight(614);
    });
    problems.addAll(Clipping.problems(robot, stage.getScene(), "1093×614 " + where, texts));
    robot.interact(() -> {
      stage.setWidth(1366);
      stage.setHeight(768);
    });
  }

  /** The dialog as it opened, then shrunk to what 125 % of the screen leaves (the form scrolls). */
  private void check(FxRobot robot, String pane, String where) {
    DialogPane p = waitFor(robot, pane);
    Scene scene = p.getScene();
    Window w = scene.getWindow();
    Rectangle2D screen = Screen.getPrimary().getBounds();
    robot.interact(() -> {
      if (w.getX() < screen.getMinX() || w.getY() < screen.getMinY() || w.getX() + w.getWidth() > screen.getMaxX() + 1
          || w.getY() + w.getHeight() > screen.getMaxY() + 1) {
        problems.add("1366×768 " + where + ": dialogen hamnar utanför skärmen " + w.getX() + "," + w.getY() + " "
            + w.getWidth() + "×" + w.getHeight());
      }
    });
    problems.addAll(Clipping.problems(robot, scene, "1366×768 " + where, texts));
    robot.interact(() -> {
      if (p.getContent() instanceof javafx.scene.control.ScrollPane form && form.getContent() != null
          && form.getContent().getLayoutBounds().getHeight() > form.getViewportBounds().getHeight() + 1
          && w.getHeight() < Screen.getPrimary().getVisualBounds().getHeight() - 60) {
        problems.add("1366×768 " + where + ": formuläret rullar (" + Math.round(form.getViewportBounds().getHeight())
            + " av " + Math.round(form.getContent().getLayoutBounds().getHeight()) + " px syns) fast skärmen har plats"
            + " för en högre dialog (" + Math.round(w.getHeight()) + " px)");
      }
    });
    robot.interact(() -> {
      w.setWidth(Math.min(w.getWidth(), 1093));
      w.setHeight(Math.min(w.getHeight(), 614));
      w.setX(0);
      w.setY(0);
    });
    problems.addAll(Clipping.problems(robot, scene, "1093×614 " + where, texts));
    for (var t : p.getButtonTypes()) {
      Button b = (Button) p.lookupButton(t);
      if (b.getText() == null || b.getText().isBlank()) {
        problems.add(where + ": en knapp utan text");
      }
    }
  }
}
