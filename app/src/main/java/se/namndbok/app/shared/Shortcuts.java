package se.namndbok.app.shared;

import java.util.List;

/** Every keyboard shortcut of the window, in the order the help overlay (F1) lists them. */
public final class Shortcuts {
  public static final Shortcut HJALP = new Shortcut("F1", "genvag.hjalp");
  public static final Shortcut SPARA = new Shortcut("Enter", "genvag.spara");
  public static final Shortcut RENSA = new Shortcut("Esc", "genvag.rensa");
  public static final Shortcut ANGRA = new Shortcut("Shortcut+Z", "genvag.angra");
  public static final Shortcut GOR_OM = new Shortcut("Shortcut+Y", "genvag.gorom");
  public static final Shortcut SPARA_EDITOR = new Shortcut("Shortcut+S", "genvag.spara.editor");
  public static final Shortcut TA_BORT = new Shortcut("Delete", "genvag.tabort");
  public static final Shortcut IMPORTERA = new Shortcut("Shortcut+I", "genvag.importera");
  public static final Shortcut NYTT = new Shortcut("Shortcut+N", "genvag.nytt");
  public static final Shortcut LISTAN = new Shortcut("Shortcut+L", "genvag.listan");
  public static final Shortcut UPP = new Shortcut("Alt+Up", "genvag.upp");
  public static final Shortcut NER = new Shortcut("Alt+Down", "genvag.ner");

  public static final List<Shortcut> ALL = List.of(HJALP, NYTT, SPARA, SPARA_EDITOR, RENSA, LISTAN, TA_BORT, ANGRA,
      GOR_OM, IMPORTERA, UPP, NER);

  private Shortcuts() {}
}
