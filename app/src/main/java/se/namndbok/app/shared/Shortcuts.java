package se.namndbok.app.shared;

import java.util.List;

/**
 * Every keyboard shortcut of the window, grouped as the help overlay (F1) shows them: the keyboard model of
 * decision 0122. Keys the menu bar carries are listed here too, so the help and the menu cannot disagree.
 */
public final class Shortcuts {
  public static final Shortcut HJALP = new Shortcut("F1", "genvag.hjalp");
  public static final Shortcut OMRADE = new Shortcut("Shortcut+1", "genvag.omrade", "genvag.omrade.tangenter");
  public static final Shortcut NYTT = new Shortcut("Shortcut+N", "genvag.nytt");
  public static final Shortcut SOK = new Shortcut("Shortcut+F", "genvag.sok");
  public static final Shortcut ANGRA = new Shortcut("Shortcut+Z", "genvag.angra");
  public static final Shortcut GOR_OM = new Shortcut("Shortcut+Y", "genvag.gorom");
  public static final Shortcut MENY = new Shortcut("F10", "genvag.meny", "genvag.meny.tangenter");
  public static final Shortcut AVSLUTA = new Shortcut("Shortcut+Q", "genvag.avsluta");
  public static final Shortcut TAB = new Shortcut("Tab", "genvag.tab", "genvag.tab.tangenter");
  /** Tabs: Ctrl, not the platform's shortcut key (Cmd+Tab is the Mac's program switcher). */
  public static final Shortcut FLIK = new Shortcut("Ctrl+Tab", "genvag.flik", "genvag.flik.tangenter");
  public static final Shortcut FLIK_BAKAT = new Shortcut("Ctrl+Shift+Tab", "genvag.flik.bakat");
  public static final Shortcut FLIK_SIDA = new Shortcut("Ctrl+Page Down", "genvag.flik");
  public static final Shortcut FLIK_SIDA_BAKAT = new Shortcut("Ctrl+Page Up", "genvag.flik.bakat");
  public static final Shortcut SNABBMENY = new Shortcut("Shift+F10", "genvag.snabbmeny", "genvag.snabbmeny.tangenter");
  public static final Shortcut OPPNA = new Shortcut("Enter", "genvag.oppna", "genvag.oppna.tangenter");
  public static final Shortcut SPARA = new Shortcut("Enter", "genvag.spara");
  public static final Shortcut RENSA = new Shortcut("Esc", "genvag.rensa");
  public static final Shortcut SPARA_EDITOR = new Shortcut("Shortcut+S", "genvag.spara.editor");
  public static final Shortcut TA_BORT = new Shortcut("Delete", "genvag.tabort", "genvag.tabort.tangenter");
  public static final Shortcut IMPORTERA = new Shortcut("Shortcut+I", "genvag.importera");
  public static final Shortcut LISTAN = new Shortcut("Shortcut+L", "genvag.listan");
  public static final Shortcut UPP = new Shortcut("Alt+Up", "genvag.upp", "genvag.upp.tangenter");
  public static final Shortcut NER = new Shortcut("Alt+Down", "genvag.ner", "genvag.ner.tangenter");
  public static final Shortcut MARKERA = new Shortcut("Space", "genvag.markera", "genvag.markera.tangenter");
  public static final Shortcut LAGG_TILL = new Shortcut("Enter", "genvag.laggtill");

  /** A heading of the help and its shortcuts. */
  public record Group(String titleKey, List<Shortcut> shortcuts) {
    public String title() {
      return Messages.get(titleKey);
    }
  }

  public static final List<Group> GROUPS = List.of(
      new Group("genvag.grupp.overallt", List.of(HJALP, OMRADE, NYTT, SOK, ANGRA, GOR_OM, MENY, AVSLUTA)),
      new Group("genvag.grupp.flytta", List.of(TAB, FLIK, SNABBMENY, OPPNA)),
      new Group("genvag.grupp.formular", List.of(SPARA, SPARA_EDITOR, RENSA)),
      new Group("genvag.grupp.anmalan", List.of(LISTAN, TA_BORT, IMPORTERA)),
      new Group("genvag.grupp.lista", List.of(UPP, NER)),
      new Group("genvag.grupp.valj", List.of(MARKERA, LAGG_TILL)));

  /** Every shortcut of the help, in its order. */
  public static final List<Shortcut> ALL = GROUPS.stream().flatMap(g -> g.shortcuts().stream()).toList();

  private Shortcuts() {}
}
