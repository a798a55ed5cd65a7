package se.namndbok.app.installningar;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.namndbok.app.kryptering.KrypteringViewModel;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;

/** Inställningar: the nämnd, its meetings, utskott, ledamöter, delegater, the insats catalogue
 * and (embedded store) its encryption, one tab each. */
public final class InstallningarView extends VBox implements se.namndbok.app.shared.UnsavedChanges.Source,
    se.namndbok.app.shared.AreaCommands {
  private final java.util.List<se.namndbok.app.shared.UnsavedChanges.Guard> guards = new java.util.ArrayList<>();
  private final TabPane tabs;
  private final LedamoterPane ledamoterPane;

  public InstallningarView(AppServices services, TaskExecutor executor) {
    NamndViewModel namnd = new NamndViewModel(services, executor);
    KallelsekontaktViewModel kallelse = new KallelsekontaktViewModel(services, executor);
    MotenViewModel moten = new MotenViewModel(services, executor);
    UtskottViewModel utskott = new UtskottViewModel(services, executor);
    LedamoterViewModel ledamoter = new LedamoterViewModel(services, executor);
    DelegaterViewModel delegater = new DelegaterViewModel(services, executor);
    InsatserViewModel insatser = new InsatserViewModel(services, executor);
    guards.addAll(java.util.List.of(namnd.guard(), kallelse.guard(), moten.guard(), moten.planGuard(), utskott.guard(), ledamoter.guard(),
        delegater.guard(), insatser.guard()));
    setId("installningarView");
    getStyleClass().add("area");
    Label title = new Label(Messages.get("nav.installningar"));
    title.getStyleClass().add("area-title");
    ledamoterPane = new LedamoterPane(ledamoter);
    tabs = new TabPane(
        tab("namnd", scrolling(new NamndPane(namnd, kallelse, services, executor))),
        tab("moten", new MotenPane(moten, services.fileDialogs())),
        tab("utskott", new UtskottPane(utskott)),
        tab("ledamoter", ledamoterPane),
        tab("delegater", scrolling(new DelegaterPane(delegater,
            new DelegationsordningViewModel(services, executor), services.fileDialogs()))),
        tab("insatser", new InsatserPane(insatser)));
    if (AnvandareViewModel.visas(services)) {
      AnvandareViewModel anvandare = new AnvandareViewModel(services, executor);
      guards.add(anvandare.guard());
      tabs.getTabs().add(tab("anvandare", new AnvandarePane(anvandare)));
    }
    if (KrypteringViewModel.visas(services)) {
      tabs.getTabs().add(tab("kryptering", scrolling(new KrypteringPane(new KrypteringViewModel(services, executor)))));
    }
    tabs.setId("installningarFlikar");
    se.namndbok.app.shared.TabKeys.install(tabs);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().setAll(title, tabs);
  }

  /** Ctrl+N and Arkiv → Nytt: on the Ledamöter tab an empty form for a new ledamot; elsewhere nothing. */
  @Override
  public boolean nytt() {
    if (tabs.getSelectionModel().getSelectedItem().getContent() == ledamoterPane) {
      ledamoterPane.ny();
      return true;
    }
    return false;
  }

  /**
   * What is typed and not saved in any tab: the nämnd's details and what its kallelse says, the meetings' usual time, place and punkter, a
   * ledamot's name or party, an insats's benämning, and a new utskott, delegat or user not yet added.
   */
  @Override
  public java.util.List<se.namndbok.app.shared.UnsavedChanges.Guard> guards() {
    return java.util.List.copyOf(guards);
  }

  private static javafx.scene.control.ScrollPane scrolling(javafx.scene.Node content) {
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private static Tab tab(String id, javafx.scene.Node content) {
    Tab t = new Tab(Messages.get("installningar.flik." + id), content);
    t.setId("flik-" + id);
    return t;
  }
}
