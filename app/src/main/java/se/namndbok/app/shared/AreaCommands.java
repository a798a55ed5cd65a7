package se.namndbok.app.shared;

/**
 * What an area's view offers to the window's menu and its shortcuts (decision 0122): "Nytt" (Ctrl+N), the search
 * field (Ctrl+F), "Ångra" and "Gör om". Each returns whether the area did something; an area offers only what it
 * has. The window asks the open area's view; the default is "nothing here".
 */
public interface AreaCommands {
  /** Ctrl+N: starts something new in the area (a new ärende, a new meeting, the entry form's first field). */
  default boolean nytt() {
    return false;
  }

  /** Ctrl+F: puts the focus in the area's search or filter field. */
  default boolean sok() {
    return false;
  }

  /** Redigera → Ångra: undoes the area's last change, where the area can. */
  default boolean angra() {
    return false;
  }

  /** Redigera → Gör om: redoes what "Ångra" undid, where the area can. */
  default boolean gorOm() {
    return false;
  }

  /** Whether "Ångra" has something to undo now (the menu greys it out otherwise). */
  default boolean kanAngra() {
    return false;
  }

  /** Whether "Gör om" has something to redo now. */
  default boolean kanGoraOm() {
    return false;
  }

  /** A view whose commands are another object's (e.g. the shared entry area it is built from). */
  interface Delegating extends AreaCommands {
    AreaCommands commands();

    @Override
    default boolean nytt() {
      return commands().nytt();
    }

    @Override
    default boolean sok() {
      return commands().sok();
    }

    @Override
    default boolean angra() {
      return commands().angra();
    }

    @Override
    default boolean gorOm() {
      return commands().gorOm();
    }

    @Override
    default boolean kanAngra() {
      return commands().kanAngra();
    }

    @Override
    default boolean kanGoraOm() {
      return commands().kanGoraOm();
    }
  }
}
