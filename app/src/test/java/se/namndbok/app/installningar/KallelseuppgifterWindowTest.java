package se.namndbok.app.installningar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.WindowWorld;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.app.testing.WindowAreas;
import se.namndbok.core.namnd.Kallelsekontakt;

/**
 * Inställningar → Nämnden → Kallelsen on a board with no kallelse details yet (a real board, not the demo): the
 * sekreterare, förhinder and party order saved from the window are what the core's kallelse reads; a bad e-post is
 * refused at its field; typed and unsaved details are asked about; a logo file chosen is stored and can be removed.
 */
@ExtendWith(ApplicationExtension.class)
class KallelseuppgifterWindowTest {
  private WindowWorld world;
  @TempDir
  Path tmp;

  @Start
  void start(Stage stage) {
    world = new WindowWorld(stage, core -> new FakeDemo().install(core), 1240, 760); // the headless screen is 1280 wide
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    world.close();
  }

  @Test
  void theKallelseDetailsTypedInTheWindowAreSavedWithEnterAndReadByTheCore(FxRobot robot) {
    openNamndTab(robot);
    type(robot, "#kallelseSekreterare", "Karin Nyström");
    type(robot, "#kallelseTitel", "nämndsekreterare");
    type(robot, "#kallelseTelefon", "0920-45 30 00");
    type(robot, "#kallelseEpost", "karin.nystrom@lulea.se");
    type(robot, "#kallelseForhinder", "Socialförvaltningens reception, 0920-45 30 01");
    type(robot, "#kallelsePartiordning", "S, M, SD, V, C, KD, L, MP");

    robot.type(KeyCode.ENTER);

    waitUntil("saved", () -> "Karin Nyström".equals(world.services.namnder().kontakt().sekreterareNamn()));
    Kallelsekontakt k = world.services.namnder().kontakt();
    assertThat(k).isEqualTo(new Kallelsekontakt("Karin Nyström", "nämndsekreterare", "0920-45 30 00",
        "karin.nystrom@lulea.se", "Socialförvaltningens reception, 0920-45 30 01", "S, M, SD, V, C, KD, L, MP", null));
    assertThat(k.partier()).containsExactly("S", "M", "SD", "V", "C", "KD", "L", "MP");
    waitUntil("Sparat.", () -> "Sparat.".equals(robot.lookup("#kallelseStatus").queryAs(Label.class).getText()));
    assertThat(world.services.namnder().current().orElseThrow().namn()).isEqualTo("Socialnämnden");
  }

  @Test
  void aBadEpostIsRefusedAtItsFieldInSwedishAndNothingIsStored(FxRobot robot) {
    openNamndTab(robot);
    type(robot, "#kallelseEpost", "karin.nystrom.lulea.se");
    type(robot, "#kallelseSekreterare", "Karin Nyström");

    robot.interact(() -> robot.lookup("#kallelseSpara").queryButton().fire());

    Label error = waitFor(robot, "#kallelseEpostError");
    assertThat(error.getText()).isEqualTo("E-post: skriv en e-postadress, t.ex. namn@kommun.se");
    assertThat(world.services.namnder().kontakt()).isEqualTo(Kallelsekontakt.INGEN);
    assertThat(robot.lookup("#kallelseSekreterare").queryAs(TextField.class).getText()).isEqualTo("Karin Nyström");
  }

  @Test
  void typedAndUnsavedKallelseDetailsAreAskedAboutBeforeAnotherAreaIsShown(FxRobot robot) {
    openNamndTab(robot);
    type(robot, "#kallelseSekreterare", "Karin Nyström");

    robot.clickOn("#nav-diarium");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatAvbryt");
    waitUntil("the question closed", () -> robot.lookup("#osparatDialog").tryQuery().isEmpty());
    assertThat(robot.lookup("#kallelseSekreterare").queryAs(TextField.class).getText()).isEqualTo("Karin Nyström");
    assertThat(world.services.namnder().kontakt().sekreterareNamn()).isNull();

    robot.clickOn("#nav-diarium");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("saved", () -> "Karin Nyström".equals(world.services.namnder().kontakt().sekreterareNamn()));
    waitUntil("the diarium shown", () -> robot.lookup("#diariumTable").query().isVisible());
  }

  @Test
  void aLogoFileChosenIsStoredShownAndCanBeRemoved(FxRobot robot) throws Exception {
    Path png = tmp.resolve("luleå-logo.png");
    Files.write(png, png(80, 40));
    Path text = tmp.resolve("logo.png.txt");
    Files.writeString(text, "ingen bild");
    openNamndTab(robot);
    Label which = robot.lookup("#logoText").queryAs(Label.class);
    assertThat(which.getText()).isEqualTo("Ingen logotyp.");
    Button remove = robot.lookup("#logoTaBort").queryButton();
    assertThat(remove.isDisabled()).isTrue();

    world.desktop.answer(text);
    robot.interact(() -> robot.lookup("#logoValj").queryButton().fire());
    Label error = waitFor(robot, "#logoError");
    assertThat(error.getText()).isEqualTo("Logotyp: filen logo.png.txt är varken en PNG-bild eller en SVG-teckning");
    assertThat(world.services.core().logo().logo()).isEmpty();

    world.desktop.answer(png);
    robot.interact(() -> robot.lookup("#logoValj").queryButton().fire());
    waitUntil("stored", () -> world.services.core().logo().logo().isPresent());
    assertThat(world.services.core().logo().logo().orElseThrow()).isEqualTo(Files.readAllBytes(png));
    waitUntil("shown", () -> which.getText().startsWith("PNG-bild, "));
    assertThat(robot.lookup("#logoBild").queryAs(ImageView.class).getImage()).isNotNull();
    assertThat(robot.lookup("#logoStatus").queryAs(Label.class).getText())
        .isEqualTo("Logotypen är sparad (luleå-logo.png).");
    assertThat(error.isVisible()).isFalse();

    robot.interact(remove::fire);
    waitUntil("removed", () -> world.services.core().logo().logo().isEmpty());
    waitUntil("shown as none", () -> "Ingen logotyp.".equals(which.getText()));
    assertThat(remove.isDisabled()).isTrue();
  }

  private static byte[] png(int w, int h) throws Exception {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    int[] blue = new int[w * h];
    Arrays.fill(blue, 0xff1f4e8c);
    image.setRGB(0, 0, w, h, blue, 0, w);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** Inställningar → Nämnden, with the nämnd and its (empty) kallelse details read in. */
  private static void openNamndTab(FxRobot robot) {
    WindowAreas.open(robot, 5);
    TabPane tabs = waitFor(robot, "#installningarFlikar");
    Tab tab = tabs.getTabs().stream().filter(t -> "flik-namnd".equals(t.getId())).findFirst().orElseThrow();
    robot.interact(() -> tabs.getSelectionModel().select(tab));
    waitUntil("the nämnd read in", () -> "Socialnämnden".equals(
        robot.lookup("#namndNamn").queryTextInputControl().getText()));
    waitUntil("the logo read in", () -> !robot.lookup("#logoText").queryAs(Label.class).getText().isEmpty());
  }

  /** Puts the focus in the field (out of sight in the scrolled pane, as after Tab) and types {@code text}. */
  private static void type(FxRobot robot, String id, String text) {
    TextField field = robot.lookup(id).queryAs(TextField.class);
    robot.interact(field::requestFocus);
    robot.write(text);
    waitUntil(id + " typed", () -> text.equals(field.getText()));
  }
}
