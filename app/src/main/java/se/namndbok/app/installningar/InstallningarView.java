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
public final class InstallningarView extends VBox implements se.namndbok.app.shared.UnsavedChanges.Source {
  private final NamndViewModel namnd;
  private final MotenViewModel moten;

  public InstallningarView(AppServices services, TaskExecutor executor) {
    namnd = new NamndViewModel(services, executor);
    moten = new MotenViewModel(services, executor);
    setId("installningarView");
    getStyleClass().add("area");
    Label title = new Label(Messages.get("nav.installningar"));
    title.getStyleClass().add("area-title");
    TabPane tabs = new TabPane(
        tab("namnd", scrolling(new NamndPane(namnd, services, executor))),
        tab("moten", new MotenPane(moten, services.fileDialogs())),
        tab("utskott", new UtskottPane(new UtskottViewModel(services, executor))),
        tab("ledamoter", new LedamoterPane(new LedamoterViewModel(services, executor))),
        tab("delegater", scrolling(new DelegaterPane(new DelegaterViewModel(services, executor),
            new DelegationsordningViewModel(services, executor), services.fileDialogs()))),
        tab("insatser", new InsatserPane(new InsatserViewModel(services, executor))));
    if (AnvandareViewModel.visas(services)) {
      tabs.getTabs().add(tab("anvandare", new AnvandarePane(new AnvandareViewModel(services, executor))));
    }
    if (KrypteringViewModel.visas(services)) {
      tabs.getTabs().add(tab("kryptering", scrolling(new KrypteringPane(new KrypteringViewModel(services, executor)))));
    }
    tabs.setId("installningarFlikar");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().setAll(title, tabs);
  }

  /** The nämnd's details and the meetings' usual time, place and punkter, typed and not saved. */
  @Override
  public java.util.List<se.namndbok.app.shared.UnsavedChanges.Guard> guards() {
    return java.util.List.of(namnd.guard(), moten.guard());
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
