package se.namndbok.app;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import se.namndbok.app.shared.Area;
import se.namndbok.app.shared.AreaCommands;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Shortcuts;

/**
 * The menu bar: Arkiv, Redigera, Visa and Hjälp with mnemonics (Alt+A, Alt+R, Alt+V, Alt+H; F10 opens the first).
 * Ctrl+1 … Ctrl+6 open the areas; Ctrl+N, Ctrl+F, Ctrl+Z and Ctrl+Y go to the open area's {@link AreaCommands}
 * (decision 0122). An area that handles a key itself (a text field's own Ctrl+Z) gets it first.
 */
final class WindowMenu {
  /** What the menu does in the window. */
  interface Actions {
    AreaCommands area();

    void open(Area area);

    void help();

    void about();

    void outputFolder();

    /** Arkiv → "Säkerhetskopiera nu …": a backup of the whole store to a chosen zip file. */
    void backup();

    /** Arkiv → "Återställ från säkerhetskopia …" (decision 0139). */
    void restore();

    void exit();
  }

  private final Actions actions;
  private final ToggleGroup shown = new ToggleGroup();
  private final MenuBar bar = new MenuBar();

  WindowMenu(List<Area> areas, Actions actions) {
    this.actions = actions;
    bar.setId("menyrad");
    bar.getMenus().setAll(arkiv(), redigera(), visa(areas), hjalp());
  }

  MenuBar bar() {
    return bar;
  }

  /** Marks the area shown in "Visa". */
  void shown(Area area) {
    shown.getToggles().stream().filter(t -> t.getUserData() == area).findFirst().ifPresent(shown::selectToggle);
  }

  private Menu arkiv() {
    return menu("menyArkiv", "meny.arkiv",
        item("menyNytt", "meny.nytt", Shortcuts.NYTT.keys(), area(AreaCommands::nytt)),
        new SeparatorMenuItem(),
        item("menyUtdatamapp", "meny.utdatamapp", null, actions::outputFolder),
        item("menySakerhetskopiera", "meny.sakerhetskopiera", null, actions::backup),
        item("menyAterstall", "meny.aterstall", null, actions::restore),
        new SeparatorMenuItem(),
        item("menyAvsluta", "meny.avsluta", Shortcuts.AVSLUTA.keys(), actions::exit));
  }

  /**
   * Ångra and Gör om are greyed out while the menu is open when the area has nothing to undo or redo (they looked
   * as if they would do something and did nothing); they are enabled again when it closes, so that their
   * shortcuts always reach the area, whose own state may have changed since.
   */
  private Menu redigera() {
    MenuItem angra = item("menyAngra", "meny.angra", Shortcuts.ANGRA.keys(), area(AreaCommands::angra));
    MenuItem gorOm = item("menyGorOm", "meny.gorom", Shortcuts.GOR_OM.keys(), area(AreaCommands::gorOm));
    Menu menu = menu("menyRedigera", "meny.redigera", angra, gorOm, new SeparatorMenuItem(),
        item("menySok", "meny.sok", Shortcuts.SOK.keys(), area(AreaCommands::sok)));
    menu.setOnShowing(e -> {
      AreaCommands c = actions.area();
      angra.setDisable(c == null || !c.kanAngra());
      gorOm.setDisable(c == null || !c.kanGoraOm());
    });
    menu.setOnHidden(e -> {
      angra.setDisable(false);
      gorOm.setDisable(false);
    });
    return menu;
  }

  private Menu visa(List<Area> areas) {
    Menu menu = menu("menyVisa", "meny.visa");
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      RadioMenuItem item = new RadioMenuItem(Messages.get(a.titleKey()));
      item.setId("menyVisa-" + a.id());
      item.setUserData(a);
      item.setToggleGroup(shown);
      if (i < 9) {
        item.setAccelerator(KeyCombination.valueOf("Shortcut+" + (i + 1)));
      }
      item.setOnAction(e -> actions.open(a));
      menu.getItems().add(item);
    }
    return menu;
  }

  private Menu hjalp() {
    return menu("menyHjalp", "meny.hjalp",
        item("menyKortkommandon", "meny.kortkommandon", Shortcuts.HJALP.keys(), actions::help),
        new SeparatorMenuItem(),
        item("menyOm", "meny.om", null, actions::about));
  }

  /** Runs the area's command; what the area does not offer does nothing. */
  private Runnable area(java.util.function.Predicate<AreaCommands> command) {
    return () -> {
      AreaCommands c = actions.area();
      if (c != null) {
        command.test(c);
      }
    };
  }

  private static Menu menu(String id, String key, MenuItem... items) {
    Menu m = new Menu(Messages.get(key), null, items);
    m.setId(id);
    m.setMnemonicParsing(true);
    return m;
  }

  private static MenuItem item(String id, String key, String accelerator, Runnable action) {
    MenuItem m = new MenuItem(Messages.get(key));
    m.setId(id);
    if (accelerator != null) {
      m.setAccelerator(KeyCombination.valueOf(accelerator));
    }
    m.setOnAction(e -> action.run());
    return m;
  }
}
