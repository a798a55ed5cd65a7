package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.app.testing.WindowFixture.waitFor;
import static se.namndbok.app.testing.WindowFixture.waitUntil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.namndbok.app.sammantrade.Punktrad;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.UiTaskExecutor;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.CoreServices;
import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/**
 * The window never loses input (issue 8), at 1366×768, one test per scenario: a punkt edited and another chosen,
 * a stale save refused with the text kept, a meeting marked as held with a punkt edited, the window closed with a half-typed
 * entry, Esc and Ctrl+Z in an entry form, a deleted entry put back with
 * Ctrl+Z, Enter on the Sekretess box. Today is 2025-11-03.
 */
@ExtendWith(ApplicationExtension.class)
class NoInputLostWindowTest {
  private TestStore store;
  private UiTaskExecutor executor;
  private WindowStartup startup;
  private Stage stage;
  private Sammantrade november;
  private Arendepunkt forsta;
  private Arendepunkt andra;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    store = TestStore.create(CoreWiring.renderers());
    new FakeDemo().install(store.core());
    store.core().delegater().add("MAS/MAR/SAS");
    november = new BoardFixture(store).mote("2025-11-20", SammantradeStatus.PLANERAT);
    forsta = punkt("Månadsrapport september 2025");
    andra = punkt("Ärendebalans individ- och familjeomsorg");
    Theme.install();
    executor = new UiTaskExecutor();
    startup = new WindowStartup(stage, store::db, TestStore.CLOCK, new FakeDemo(), executor, "test", () -> {});
    startup.start();
    se.namndbok.app.testing.WindowFixture.at1366x768(stage);
  }

  private Arendepunkt punkt(String rubrik) {
    return store.core().arendelista().add(november.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null,
        rubrik, ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    executor.close();
    startup.close(); // the automatic backup stops before the store closes, as in the program
    store.close();
  }

  @Test
  void aPunktEditedAndAnotherChosenAsksAndNothingIsLost(FxRobot robot) {
    ListView<Punktrad> list = openBuilder(robot);
    robot.clickOn(cell(robot, "Månadsrapport"));
    robot.clickOn((Node) waitFor(robot, "#editorForslag")).write("Socialnämnden lägger rapporten till handlingarna.");
    robot.clickOn("#editorSekretess");
    assertThat(robot.lookup("#editorOsparad").query().isVisible()).isTrue();
    Button spara = robot.lookup("#editorSpara").queryButton();
    Bounds b = spara.localToScene(spara.getBoundsInLocal());
    assertThat(b.getMaxY()).as("Spara punkten within the 1366×768 window").isLessThan(spara.getScene().getHeight());
    assertThat(b.getMaxX()).isLessThan(spara.getScene().getWidth());

    robot.clickOn(cell(robot, "Ärendebalans"));
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatAvbryt");
    waitUntil("the question closed", () -> robot.lookup("#osparatDialog").tryQuery().isEmpty());
    waitUntil("still on punkt 1", () -> list.getSelectionModel().getSelectedItem().id() == forsta.id());
    assertThat(text(robot, "#editorForslag")).isEqualTo("Socialnämnden lägger rapporten till handlingarna.");
    assertThat(robot.lookup("#editorSekretess").<CheckBox>query().isSelected()).isTrue();

    robot.clickOn(cell(robot, "Ärendebalans"));
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("punkt 1 saved", () -> store.core().arendelista().require(forsta.id()).innehall().sekretess());
    assertThat(store.core().arendelista().require(forsta.id()).innehall().texter().forslag())
        .isEqualTo("Socialnämnden lägger rapporten till handlingarna.");
    waitUntil("punkt 2 shown", () -> list.getSelectionModel().getSelectedItem().id() == andra.id());

    robot.clickOn("#editorForslag").write("Socialnämnden noterar informationen.");
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    waitUntil("Ctrl+S saved punkt 2", () -> "Socialnämnden noterar informationen.".equals(
        store.core().arendelista().require(andra.id()).innehall().texter().forslag()));
    waitUntil("nothing unsaved", () -> !robot.lookup("#editorOsparad").query().isVisible());
  }

  @Test
  void aMeetingMarkedHeldWithAPunktEditedAsksFirstSoTheRecordHasWhatWasTyped(FxRobot robot) {
    openBuilder(robot);
    robot.clickOn(cell(robot, "Månadsrapport"));
    robot.clickOn((Node) waitFor(robot, "#editorForslag")).write("Socialnämnden godkänner rapporten.");

    robot.clickOn("#motenGenomfort");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatAvbryt");
    waitUntil("the question closed", () -> robot.lookup("#osparatDialog").tryQuery().isEmpty());
    assertThat(store.core().sammantraden().require(november.id()).status()).isEqualTo(SammantradeStatus.PLANERAT);

    robot.clickOn("#motenGenomfort");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("marked as held", () -> store.core().sammantraden().require(november.id()).status()
        == SammantradeStatus.GENOMFORT);
    assertThat(store.core().arendelista().require(forsta.id()).innehall().texter().forslag())
        .isEqualTo("Socialnämnden godkänner rapporten.");
  }

  @Test
  void aSettingTypedAndNotSavedIsAskedAboutBeforeAnotherAreaIsShown(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.clickOn("#nav-installningar");
    javafx.scene.control.TextField kommun = waitFor(robot, "#namndKommun");
    String stored = store.core().namnd().current().orElseThrow().kommun();
    waitUntil("the nämnd shown", () -> stored.equals(kommun.getText()));
    robot.interact(kommun::requestFocus);
    robot.interact(() -> kommun.setText("Luleå kommun, socialförvaltningen"));

    robot.clickOn("#nav-diarium");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("saved", () -> "Luleå kommun, socialförvaltningen".equals(
        store.core().namnd().current().orElseThrow().kommun()));
    waitUntil("the diarium shown", () -> robot.lookup("#diariumTable").query().isVisible());
  }

  @Test
  void aLedamotsNameChangedAndAnotherChosenAsksAndAvbrytStaysWithTheTyping(FxRobot robot) {
    store.core().ledamoter().add("Åsa", "Berg", "S");
    store.core().ledamoter().add("Erik", "Zetterlund", "M");
    waitFor(robot, "#diariumTable");
    robot.clickOn("#nav-installningar");
    javafx.scene.control.TabPane tabs = waitFor(robot, "#installningarFlikar");
    robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
        .filter(t -> "flik-ledamoter".equals(t.getId())).findFirst().orElseThrow()));
    TableView<se.namndbok.core.namnd.Ledamot> table = waitFor(robot, "#ledamoterTable");
    waitUntil("both listed", () -> table.getItems().size() == 2);
    robot.clickOn(row(robot, "Åsa Berg"));
    javafx.scene.control.TextField efternamn = waitFor(robot, "#ledEfternamn");
    waitUntil("Åsa shown", () -> "Berg".equals(efternamn.getText()));
    robot.interact(() -> efternamn.setText("Berg-Lind"));

    robot.clickOn(row(robot, "Erik Zetterlund"));
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatAvbryt");
    waitUntil("the question closed", () -> robot.lookup("#osparatDialog").tryQuery().isEmpty());
    waitUntil("still on Åsa", () -> table.getSelectionModel().getSelectedItem() != null
        && "Berg".equals(table.getSelectionModel().getSelectedItem().efternamn()));
    assertThat(efternamn.getText()).isEqualTo("Berg-Lind");

    robot.clickOn(row(robot, "Erik Zetterlund"));
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("saved", () -> store.core().ledamoter().all().stream().anyMatch(l -> l.efternamn().equals("Berg-Lind")));
    waitUntil("Erik shown", () -> "Zetterlund".equals(efternamn.getText()));
    assertThat(store.core().ledamoter().all()).hasSize(2);
  }

  @Test
  void aStaleSaveIsRefusedNamingWhoAndKeepsTheTextWhileTheStoredOneIsReadIn(FxRobot robot) {
    ListView<Punktrad> list = openBuilder(robot);
    robot.clickOn(cell(robot, "Månadsrapport"));
    waitUntil("punkt 1 shown", () -> list.getSelectionModel().getSelectedItem().id() == forsta.id());
    robot.clickOn((Node) waitFor(robot, "#editorForslag")).write("Mitt förslag till beslut");
    CoreServices anna = CoreWiring.build(store.db(), new Clock(java.time.Clock.fixed(
        Instant.parse("2025-11-03T13:02:00Z"), ZoneId.of("Europe/Stockholm")), "anna"));
    Arendepunkt hennes = anna.arendelista().require(forsta.id());
    anna.arendelista().update(forsta.id(), hennes.version(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null,
        hennes.innehall().rubrik(), ForslagAv.FORVALTNINGEN,
        new PunktTexter("Annas förslag", null, null, null, null, null), false, null));

    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    Label refused = robot.lookup("#editorInaktuell").query();
    waitUntil("the save refused", () -> !refused.getText().isEmpty() && refused.getParent().isVisible());
    assertThat(refused.getText()).isEqualTo("Punkten ändrades av anna kl. 14:02 efter att du öppnade den.");
    assertThat(text(robot, "#editorDinText")).contains("Mitt förslag till beslut");
    assertThat(store.core().arendelista().require(forsta.id()).innehall().texter().forslag()).isEqualTo("Annas förslag");
    javafx.scene.control.TextArea dinText = robot.lookup("#editorDinText").query();
    // the walk saw "…efter att du öppnade…" and a box two lines high: the header shrank them to fit
    assertThat(shrunk(robot, refused)).as("the whole sentence, wrapped").isFalse();
    assertThat(shrunk(robot, dinText)).as("the box at its full height").isFalse();

    robot.clickOn("#editorLasIn");
    waitUntil("the stored text read in", () -> "Annas förslag".equals(text(robot, "#editorForslag")));
    assertThat(text(robot, "#editorDinText")).contains("Mitt förslag till beslut");
    robot.clickOn("#editorStangInaktuell");
    waitUntil("the notice closed", () -> refused.getText().isEmpty() && !refused.getParent().isVisible());
  }

  @Test
  void closingTheWindowWithAHalfTypedEntryAsks(FxRobot robot) {
    openDelegationsbeslut(robot);
    robot.write("2025/1130").type(KeyCode.TAB).write("MAS/MAR/SAS").type(KeyCode.TAB).write("4.2")
        .type(KeyCode.TAB).write("2025-10-02").type(KeyCode.TAB).write("Beslut om bistånd");

    requestClose();
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatAvbryt");
    waitUntil("the question closed", () -> robot.lookup("#osparatDialog").tryQuery().isEmpty());
    assertThat(stage.isShowing()).isTrue();
    assertThat(text(robot, "#dbRubrik")).isEqualTo("Beslut om bistånd");
    assertThat(text(robot, "#dbDiarienummer")).isEqualTo("2025/1130");

    requestClose();
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("the window closed after saving", () -> !stage.isShowing());
    assertThat(store.core().delegationsbeslut().list(AnmalanFilter.alla())).extracting(Delegationsbeslut::rubrik)
        .containsExactly("Beslut om bistånd");
  }

  @Test
  void anEntryEditedAndAnotherOpenedAsksAndAvbrytKeepsTheTyping(FxRobot robot) {
    registerBeslut(2);
    openDelegationsbeslut(robot);
    TableView<Delegationsbeslut> table = waitFor(robot, "#delegationsbeslutTable");
    waitUntil("two listed", () -> table.getItems().size() == 2);
    openRow(robot, table, "Beslut 1");
    waitUntil("Beslut 1 in the form", () -> "Beslut 1".equals(text(robot, "#dbRubrik")));
    robot.interact(() -> robot.lookup("#dbRubrik").<TextInputControl>query().setText("Beslut 1 om bistånd"));

    openRow(robot, table, "Beslut 1");
    assertThat(robot.lookup("#osparatDialog").tryQuery()).as("the same entry again only goes to the form").isEmpty();
    assertThat(text(robot, "#dbRubrik")).isEqualTo("Beslut 1 om bistånd");

    openRow(robot, table, "Beslut 2");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatAvbryt");
    waitUntil("the question closed", () -> robot.lookup("#osparatDialog").tryQuery().isEmpty());
    assertThat(text(robot, "#dbRubrik")).isEqualTo("Beslut 1 om bistånd");

    openRow(robot, table, "Beslut 2");
    waitFor(robot, "#osparatDialog");
    robot.clickOn("#osparatSpara");
    waitUntil("Beslut 2 in the form", () -> "Beslut 2".equals(text(robot, "#dbRubrik")));
    assertThat(store.core().delegationsbeslut().list(AnmalanFilter.alla())).extracting(Delegationsbeslut::rubrik)
        .containsExactlyInAnyOrder("Beslut 1 om bistånd", "Beslut 2");
  }

  /** The walk's registrator was refused and stuck: Enter refused again, Ändra on the row did nothing. */
  @Test
  void anEntryAColleagueChangedIsReadAgainByAndraWithTheTypedTextInSightAndPutBackOnRequest(FxRobot robot) {
    registerBeslut(1);
    openDelegationsbeslut(robot);
    TableView<Delegationsbeslut> table = waitFor(robot, "#delegationsbeslutTable");
    waitUntil("listed", () -> table.getItems().size() == 1);
    openRow(robot, table, "Beslut 1");
    waitUntil("in the form", () -> "Beslut 1".equals(text(robot, "#dbRubrik")));
    robot.interact(() -> robot.lookup("#dbRubrik").<TextInputControl>query().setText("Beslut 1 (Rolf)"));
    CoreServices sara = CoreWiring.build(store.db(), new Clock(java.time.Clock.fixed(
        Instant.parse("2025-11-03T10:50:00Z"), ZoneId.of("Europe/Stockholm")), "sara"));
    Delegationsbeslut b = sara.delegationsbeslut().list(AnmalanFilter.alla()).getFirst();
    sara.delegationsbeslut().update(b.id(), b.version(), new NyttDelegationsbeslut("2025/1130", null, "MAS/MAR/SAS",
        "4.2", LocalDate.of(2025, 10, 1), "Beslut 1 (Sara)", false));

    robot.clickOn("#dbRubrik").type(KeyCode.ENTER);
    Label refused = robot.lookup("#dbInaktuell").query();
    waitUntil("the save refused", () -> refused.getParent().isVisible() && !refused.getText().isEmpty());
    assertThat(refused.getText())
        .startsWith("Delegationsbeslutet ändrades av sara kl. 11:50 efter att du öppnade det.");
    assertThat(robot.lookup("#dbFormError").<Label>query().getText()).isEmpty();
    assertThat(text(robot, "#dbDinText")).isEqualTo("Rubrik: Beslut 1 (Rolf)");
    assertThat(shrunk(robot, refused)).as("the whole sentence, wrapped").isFalse();

    openRow(robot, table, "Beslut 1");
    waitUntil("her version read in", () -> "Beslut 1 (Sara)".equals(text(robot, "#dbRubrik")));
    assertThat(robot.lookup("#osparatDialog").tryQuery()).isEmpty();
    assertThat(text(robot, "#dbDinText")).isEqualTo("Rubrik: Beslut 1 (Rolf)");

    robot.clickOn("#dbMinText");
    waitUntil("his text over hers", () -> "Beslut 1 (Rolf)".equals(text(robot, "#dbRubrik")));
    assertThat(text(robot, "#dbDinText")).isEqualTo("Rubrik: Beslut 1 (Sara)");
    robot.clickOn("#dbRubrik").type(KeyCode.ENTER);
    waitUntil("saved", () -> "Beslut 1 (Rolf)".equals(store.core().delegationsbeslut().find(b.id()).orElseThrow()
        .rubrik()));
    waitUntil("the notice closed", () -> !refused.getParent().isVisible());
  }

  /** "Beslut 1" … "Beslut n", decided 2025-10-01 onwards, registered in the store. */
  private void registerBeslut(int n) {
    for (int dag = 1; dag <= n; dag++) {
      store.core().delegationsbeslut().register(new NyttDelegationsbeslut("2025/1130", null, "MAS/MAR/SAS", "4.2",
          LocalDate.of(2025, 10, dag), "Beslut " + dag, false));
    }
  }

  /** Selects the row and presses Enter on it, as a registrator opens an entry to change it. */
  private static void openRow(FxRobot robot, TableView<Delegationsbeslut> table, String rubrik) {
    robot.interact(() -> {
      int index = rubriker(table).indexOf(rubrik);
      table.requestFocus();
      table.getSelectionModel().select(index);
      table.getFocusModel().focus(index);
    });
    robot.type(KeyCode.ENTER);
  }

  @Test
  void escEmptiesTheFormAndCtrlZPutsTheTextBack(FxRobot robot) {
    openDelegationsbeslut(robot);
    robot.write("2025/1130").type(KeyCode.TAB).write("MAS/MAR/SAS").type(KeyCode.TAB).write("4.2")
        .type(KeyCode.TAB).write("2025-10-02").type(KeyCode.TAB).write("Beslut om bistånd");

    robot.type(KeyCode.ESCAPE);
    waitUntil("the form empty", () -> text(robot, "#dbRubrik").isEmpty() && text(robot, "#dbDiarienummer").isEmpty());
    Label tomt = robot.lookup("#dbBorttagen").query();
    waitUntil("told in the area, with the way back", () -> tomt.getParent().isVisible());
    assertThat(tomt.getText()).isEqualTo("Formuläret tömdes. Ctrl+Z ångrar.");

    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    waitUntil("the text back", () -> "Beslut om bistånd".equals(text(robot, "#dbRubrik")));
    assertThat(List.of(text(robot, "#dbDiarienummer"), text(robot, "#dbDelegat"), text(robot, "#dbPunkt"),
        text(robot, "#dbDatum"))).containsExactly("2025/1130", "MAS/MAR/SAS", "4.2", "2025-10-02");

    robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
    waitUntil("emptied again (Ctrl+Y)", () -> text(robot, "#dbRubrik").isEmpty());
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    waitUntil("and back again", () -> "Beslut om bistånd".equals(text(robot, "#dbRubrik")));
    assertThat(store.core().delegationsbeslut().list(AnmalanFilter.alla())).isEmpty();
  }

  @Test
  void aDeletedEntryIsPutBackInItsPlaceWithCtrlZ(FxRobot robot) {
    registerBeslut(3);
    openDelegationsbeslut(robot);
    TableView<Delegationsbeslut> table = waitFor(robot, "#delegationsbeslutTable");
    waitUntil("three listed", () -> table.getItems().size() == 3);
    List<String> before = rubriker(table);
    int index = before.indexOf("Beslut 2");
    assertThat(angraEnabled(robot)).as("nothing to undo: Redigera → Ångra greyed").isFalse();

    robot.interact(() -> {
      table.requestFocus();
      table.getSelectionModel().select(index);
      table.getFocusModel().focus(index);
    });
    robot.type(KeyCode.DELETE);
    waitUntil("deleted", () -> table.getItems().size() == 2);
    assertThat(angraEnabled(robot)).as("the delete can be undone").isTrue();
    assertThat(store.core().delegationsbeslut().list(AnmalanFilter.alla())).hasSize(2);

    Label notice = robot.lookup("#dbBorttagen").query();
    waitUntil("told in the area", () -> notice.getParent().isVisible());
    assertThat(notice.getText()).isEqualTo("Delegationsbeslutet 2025/1130 (Beslut 2) togs bort. Ctrl+Z ångrar.");
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    waitUntil("put back", () -> table.getItems().size() == 3);
    assertThat(rubriker(table)).isEqualTo(before);
    Delegationsbeslut back = table.getItems().get(index);
    assertThat(back.rubrik()).isEqualTo("Beslut 2");
    assertThat(back.sammantradeId()).isEqualTo(november.id());
    assertThat(back.beslutsdatum()).isEqualTo(LocalDate.of(2025, 10, 2));
    waitUntil("the notice gone", () -> !notice.getParent().isVisible());
  }

  @Test
  void enterOnTheSekretessBoxSavesTheEntry(FxRobot robot) {
    openDelegationsbeslut(robot);
    robot.write("2025/1130").type(KeyCode.TAB).write("MAS/MAR/SAS").type(KeyCode.TAB).write("4.2")
        .type(KeyCode.TAB).write("2025-10-02").type(KeyCode.TAB).write("Beslut om LVU-placering");
    robot.clickOn("#dbSekretess");
    waitUntil("the box ticked by the mouse", () -> robot.lookup("#dbSekretess").<CheckBox>query().isSelected());
    robot.type(KeyCode.SPACE);
    waitUntil("Space toggles it", () -> !robot.lookup("#dbSekretess").<CheckBox>query().isSelected());
    robot.type(KeyCode.SPACE);
    waitUntil("and back", () -> robot.lookup("#dbSekretess").<CheckBox>query().isSelected());
    assertThat(robot.lookup("#dbSekretess").query().isFocused()).isTrue();

    robot.type(KeyCode.ENTER);
    waitUntil("saved", () -> store.core().delegationsbeslut().list(AnmalanFilter.alla()).size() == 1);
    Delegationsbeslut saved = store.core().delegationsbeslut().list(AnmalanFilter.alla()).getFirst();
    assertThat(saved.rubrik()).isEqualTo("Beslut om LVU-placering");
    assertThat(saved.sekretess()).isTrue();
  }

  private void openDelegationsbeslut(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.clickOn("#nav-delegationsbeslut");
    waitFor(robot, "#delegationsbeslutTable");
    waitUntil("focus in the first field", () -> robot.lookup("#dbDiarienummer").query().isFocused());
  }

  private ListView<Punktrad> openBuilder(FxRobot robot) {
    waitFor(robot, "#diariumTable");
    robot.clickOn("#nav-sammantraden");
    TableView<Sammantrade> moten = waitFor(robot, "#motenTable");
    waitUntil("the meeting listed", () -> !moten.getItems().isEmpty());
    robot.interact(() -> moten.getSelectionModel().select(moten.getItems().stream()
        .filter(m -> m.id() == november.id()).findFirst().orElseThrow()));
    ListView<Punktrad> list = waitFor(robot, "#punktLista");
    waitUntil("two punkter", () -> list.getItems().size() == 2);
    return list;
  }

  /** Whether Redigera → Ångra is enabled while the menu is open (it is enabled again when the menu closes). */
  private static boolean angraEnabled(FxRobot robot) {
    javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").query();
    javafx.scene.control.Menu redigera = bar.getMenus().stream().filter(m -> "menyRedigera".equals(m.getId()))
        .findFirst().orElseThrow();
    robot.interact(redigera::show);
    waitUntil("the menu open", redigera::isShowing);
    boolean enabled = !redigera.getItems().getFirst().isDisable();
    robot.interact(redigera::hide);
    waitUntil("the menu closed", () -> !redigera.isShowing() && !redigera.getItems().getFirst().isDisable());
    return enabled;
  }

  /** Laid out lower than it asks to be at its width: a label cut to one line, a text area showing fewer rows. */
  private static boolean shrunk(FxRobot robot, javafx.scene.layout.Region r) {
    boolean[] shrunk = new boolean[1];
    robot.interact(() -> shrunk[0] = r.getHeight() < r.prefHeight(r.getWidth()) - 0.5);
    return shrunk[0];
  }

  private void requestClose() {
    Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).<TextInputControl>query().getText();
  }

  private static List<String> rubriker(TableView<Delegationsbeslut> table) {
    return table.getItems().stream().map(Delegationsbeslut::rubrik).toList();
  }

  private static Node row(FxRobot robot, String namn) {
    return robot.lookup(".table-row-cell").queryAll().stream()
        .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof se.namndbok.core.namnd.Ledamot l
            && l.namn().equals(namn))
        .findFirst().orElseThrow();
  }

  private static Node cell(FxRobot robot, String rubrikStart) {
    return robot.lookup(".list-cell").queryAll().stream()
        .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof Punktrad p && p.rubrik().startsWith(rubrikStart))
        .findFirst().orElseThrow();
  }
}
