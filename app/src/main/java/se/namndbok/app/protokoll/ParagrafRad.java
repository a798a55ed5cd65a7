package se.namndbok.app.protokoll;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.core.protokoll.ProtokollPunkt;

/** One item of the protokoll: its § (as the service numbered it), rubrik, beslut and beslutsgång, and their messages. */
public final class ParagrafRad {
  private final long arendepunktId;
  private final String rubrik;
  private final Integer nummer;
  private final boolean sekretess;
  private final int version;
  private final StringProperty beslut = new SimpleStringProperty("");
  private final StringProperty beslutsgang = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors("Beslut", "Beslutsgång");
  private final EntryFormState state = EntryFormState.of(java.util.List.of(beslut, beslutsgang));

  ParagrafRad(ProtokollPunkt p) {
    this.arendepunktId = p.punkt().id();
    this.rubrik = p.punkt().rubrik();
    this.nummer = p.nummer();
    this.sekretess = p.sekretess();
    this.version = p.paragraf() == null ? 0 : p.paragraf().version();
    if (p.paragraf() != null) {
      beslut.set(p.paragraf().beslut() == null ? "" : p.paragraf().beslut());
      beslutsgang.set(p.paragraf().beslutsgang() == null ? "" : p.paragraf().beslutsgang());
    }
    state.saved();
  }

  public long arendepunktId() {
    return arendepunktId;
  }

  public String rubrik() {
    return rubrik;
  }

  /** "§ 62", or "§ –" before the items are numbered. */
  public String paragraf() {
    return nummer == null ? "§ –" : "§ " + nummer;
  }

  /** The beslut's version as shown (0 before any). */
  public int version() {
    return version;
  }

  public boolean sekretess() {
    return sekretess;
  }

  public StringProperty beslutProperty() {
    return beslut;
  }

  public StringProperty beslutsgangProperty() {
    return beslutsgang;
  }

  /** The beslut as shown: dirty when changed and not saved. */
  public EntryFormState state() {
    return state;
  }

  public FieldErrors errors() {
    return errors;
  }
}
