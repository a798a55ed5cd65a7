package se.namndbok.app.installningar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.LogoService;
import se.namndbok.core.namnd.Logotyp;
import se.namndbok.core.shared.StaleException;
import se.namndbok.core.shared.ValidationException;

/**
 * What the kallelse's first page says about the nämnd (decision 0113): the sekreterare with title, telefon and
 * e-post, to whom förhinder are reported and the party order, saved together through
 * {@code NamndService.sparaKontakt}; the logo is its own action ({@code LogoService}: choose a file, remove it).
 */
public final class KallelsekontaktViewModel {
  static final String SEKRETERARE = "Sekreterare";
  static final String TITEL = "Titel";
  static final String TELEFON = "Telefon";
  static final String EPOST = "E-post";
  static final String FORHINDER = "Förhinder anmäls till";
  static final String PARTIORDNING = "Partiordning";

  private final AppServices services;
  private final TaskExecutor executor;
  private final StringProperty sekreterare = new SimpleStringProperty("");
  private final StringProperty titel = new SimpleStringProperty("");
  private final StringProperty telefon = new SimpleStringProperty("");
  private final StringProperty epost = new SimpleStringProperty("");
  private final StringProperty forhinder = new SimpleStringProperty("");
  private final StringProperty partiordning = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty logoText = new SimpleStringProperty("");
  private final StringProperty logoStatus = new SimpleStringProperty("");
  private final ObjectProperty<Image> logoBild = new SimpleObjectProperty<>();
  private final BooleanProperty harLogo = new SimpleBooleanProperty(false);
  private final BooleanProperty logoArbetar = new SimpleBooleanProperty(false);
  private final FieldErrors errors = new FieldErrors(SEKRETERARE, TITEL, TELEFON, EPOST, FORHINDER, PARTIORDNING);
  private final FieldErrors logoErrors = new FieldErrors(Logotyp.FIELD);
  private final FormDraft draft;
  private final EntryFormState state = EntryFormState.of(java.util.List.of(sekreterare, titel, telefon, epost,
      forhinder, partiordning));
  /** What the fields were filled from (null before the first load): a save is made from it (decision 0164). */
  private Kallelsekontakt shown;

  public KallelsekontaktViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    this.draft = FormDraft.inSettings(services.drafts(), state, "kallelsekontakt",
        () -> Messages.format("utkast.vad.namnd", Messages.get("osparat.kallelsekontakt")),
        Messages.list("utkast.falt.kallelsekontakt"),
        Messages.get("installningar.kallelse.spara"));
  }

  /** Non-empty while the form holds what was typed and not saved before the program last ended (decision 0171). */
  public javafx.beans.property.StringProperty aterstalltProperty() {
    return draft.noticeProperty();
  }

  /** The stored contact details and the logo, read off the window's thread. */
  public void load() {
    BackgroundTask.wrap(() -> new Lagrat(services.namnder().kontakt(), logo().logo().orElse(null)))
        .onSuccess(l -> {
          show(l.kontakt());
          showLogo(l.logo());
        })
        .executeWith(executor);
  }

  private record Lagrat(Kallelsekontakt kontakt, byte[] logo) {}

  private void show(Kallelsekontakt k) {
    shown = k;
    sekreterare.set(text(k.sekreterareNamn()));
    titel.set(text(k.sekreterareTitel()));
    telefon.set(text(k.sekreterareTelefon()));
    epost.set(text(k.sekreterareEpost()));
    forhinder.set(text(k.forhinderTill()));
    partiordning.set(text(k.partiordning()));
    state.saved();
    draft.restore();
  }

  /** "PNG-bild, 12 kB" with a preview, or "Ingen logotyp" (an SVG drawing is named, not drawn, here). */
  private void showLogo(byte[] bytes) {
    harLogo.set(bytes != null);
    if (bytes == null) {
      logoText.set(Messages.get("installningar.logo.ingen"));
      logoBild.set(null);
      return;
    }
    Logotyp typ = Logotyp.of(Messages.get("installningar.logo"), bytes);
    String storlek = Math.max(1, Math.round(bytes.length / 1000.0)) + " kB";
    logoText.set(Messages.format(typ == Logotyp.PNG ? "installningar.logo.png" : "installningar.logo.svg", storlek));
    Image bild = typ == Logotyp.PNG ? new Image(new java.io.ByteArrayInputStream(bytes)) : null;
    logoBild.set(bild == null || bild.isError() ? null : bild);
  }

  /** The unsaved contact details, asked about before another area is shown or the window closes. */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(Messages.get("osparat.kallelsekontakt"), state.dirtyProperty(), this::save,
        state::discard, errors::summary);
  }

  public void save() {
    save(ok -> { });
  }

  /** Saves the six fields in one call; {@code done} gets whether they were saved (the logo is kept). */
  public void save(java.util.function.Consumer<Boolean> done) {
    if (shown == null) {
      done.accept(false);
      return;
    }
    errors.clear();
    status.set("");
    Kallelsekontakt from = shown;
    Kallelsekontakt changed = new Kallelsekontakt(sekreterare.get(), titel.get(), telefon.get(), epost.get(),
        forhinder.get(), partiordning.get(), null);
    BackgroundTask.wrap(() -> services.namnder().sparaKontakt(from, changed))
        .onSuccess(saved -> {
          show(saved);
          status.set(Messages.get("installningar.sparat"));
          done.accept(true);
        })
        .onFailure(t -> {
          if (t instanceof StaleException stale) {
            refusedAsStale(stale, done);
          } else {
            errors.refused(done).accept(t);
          }
        })
        .executeWith(executor);
  }

  /**
   * A colleague saved the details after this form was filled: what they saved is read and named under the
   * fields, the fields keep what this user typed, and the next save is made from theirs — so saving again
   * replaces it knowingly, and going back to theirs is retyping what the message shows.
   */
  private void refusedAsStale(StaleException stale, java.util.function.Consumer<Boolean> done) {
    BackgroundTask.wrap(() -> services.namnder().kontakt())
        .onSuccess(stored -> {
          shown = stored;
          errors.general().set(Messages.format("installningar.kontakt.andrad", stale.getMessage(), beskriv(stored)));
          done.accept(false);
        })
        .onFailure(errors.refused(done))
        .executeWith(executor);
  }

  /** "Sekreterare: Anna Berg · Titel: nämndsekreterare · …", the fields that are set, or "inget ifyllt". */
  private static String beskriv(Kallelsekontakt k) {
    java.util.List<String> delar = new java.util.ArrayList<>();
    java.util.Map<String, String> falt = new java.util.LinkedHashMap<>();
    falt.put(SEKRETERARE, k.sekreterareNamn());
    falt.put(TITEL, k.sekreterareTitel());
    falt.put(TELEFON, k.sekreterareTelefon());
    falt.put(EPOST, k.sekreterareEpost());
    falt.put(FORHINDER, k.forhinderTill());
    falt.put(PARTIORDNING, k.partiordning());
    falt.forEach((namn, varde) -> {
      if (varde != null && !varde.isBlank()) {
        delar.add(namn + ": " + varde);
      }
    });
    return delar.isEmpty() ? Messages.get("installningar.kontakt.tomt") : String.join(" · ", delar);
  }

  /**
   * Stores {@code file} as the nämnd's logo. At most one byte more than the core accepts is read, so a large file
   * chosen by mistake is refused with the core's message without being read whole.
   */
  public void valjLogo(Path file) {
    logoErrors.clear();
    logoStatus.set("");
    logoArbetar.set(true);
    String namn = file.getFileName().toString();
    BackgroundTask.wrap(() -> {
      byte[] bytes = read(file, namn);
      logo().laddaUpp(namn, bytes);
      return bytes;
    })
        .onSuccess(bytes -> {
          showLogo(bytes);
          logoStatus.set(Messages.format("installningar.logo.sparad", namn));
        })
        .onFailure(logoErrors::show)
        .onFinished(() -> logoArbetar.set(false))
        .executeWith(executor);
  }

  /** The nämnd has no logo any more; the kallelser written from now on have none. */
  public void taBortLogo() {
    logoErrors.clear();
    logoStatus.set("");
    logoArbetar.set(true);
    BackgroundTask.wrap(() -> logo().taBort())
        .onSuccess(k -> {
          showLogo(null);
          logoStatus.set(Messages.get("installningar.logo.borttagen"));
        })
        .onFailure(logoErrors::show)
        .onFinished(() -> logoArbetar.set(false))
        .executeWith(executor);
  }

  private static byte[] read(Path file, String namn) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(LogoService.MAX_BYTES + 1);
    } catch (java.nio.file.NoSuchFileException e) {
      throw ValidationException.of(Logotyp.FIELD, "filen " + namn + " finns inte");
    }
  }

  private LogoService logo() {
    return services.core().logo();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  public StringProperty sekreterareProperty() {
    return sekreterare;
  }

  public StringProperty titelProperty() {
    return titel;
  }

  public StringProperty telefonProperty() {
    return telefon;
  }

  public StringProperty epostProperty() {
    return epost;
  }

  public StringProperty forhinderProperty() {
    return forhinder;
  }

  public StringProperty partiordningProperty() {
    return partiordning;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** What logo is set, in words. */
  public StringProperty logoTextProperty() {
    return logoText;
  }

  /** "Logotypen är sparad." and the like, after a logo action. */
  public StringProperty logoStatusProperty() {
    return logoStatus;
  }

  /** The PNG logo to preview; null for none or an SVG drawing. */
  public ObjectProperty<Image> logoBildProperty() {
    return logoBild;
  }

  public BooleanProperty harLogoProperty() {
    return harLogo;
  }

  public BooleanProperty logoArbetarProperty() {
    return logoArbetar;
  }

  public FieldErrors errors() {
    return errors;
  }

  public FieldErrors logoErrors() {
    return logoErrors;
  }
}
