package se.namndbok.app.protokoll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.core.protokoll.Behandling;
import se.namndbok.core.protokoll.ProtokollPunkt;
import se.namndbok.core.shared.ValidationException;

/**
 * One item of the protokoll: its § (as the service numbered it), rubrik, beslut and beslutsgång, how it was
 * handled (yrkanden, propositionsordning, omröstning, reservationer, jäv, protokollsanteckningar; people by name,
 * one entry a line "Namn: text") and their messages.
 */
public final class ParagrafRad {
  static final List<String> FALT = List.of("Beslut", "Beslutsgång", "Yrkanden", "Propositionsordning", "Omröstning",
      "Reservationer", "Jäv", "Protokollsanteckningar", "Behandling");

  private final long arendepunktId;
  private final String rubrik;
  private final Integer nummer;
  private final boolean sekretess;
  private final int version;
  private final Map<String, Long> personer;
  private final String forslag;
  private final StringProperty beslut = new SimpleStringProperty("");
  private final StringProperty beslutsgang = new SimpleStringProperty("");
  private final StringProperty yrkanden = new SimpleStringProperty("");
  private final StringProperty propositionsordning = new SimpleStringProperty("");
  private final StringProperty omrostningJa = new SimpleStringProperty("");
  private final StringProperty omrostningNej = new SimpleStringProperty("");
  private final StringProperty roster = new SimpleStringProperty("");
  private final StringProperty reservationer = new SimpleStringProperty("");
  private final StringProperty jav = new SimpleStringProperty("");
  private final StringProperty anteckningar = new SimpleStringProperty("");
  private final BooleanProperty beslutOffentligt = new SimpleBooleanProperty();
  private final FieldErrors errors = new FieldErrors(FALT.toArray(String[]::new));
  private final EntryFormState state = EntryFormState.of(List.of(beslut, beslutsgang, yrkanden, propositionsordning,
      omrostningJa, omrostningNej, roster, reservationer, jav, anteckningar, beslutOffentligt));

  ParagrafRad(ProtokollPunkt p) {
    this(p, Map.of());
  }

  /** {@code namn}: the names of the seats, by ledamot id, for writing and reading people in the texts. */
  ParagrafRad(ProtokollPunkt p, Map<Long, String> namn) {
    this.arendepunktId = p.punkt().id();
    this.rubrik = p.punkt().rubrik();
    this.nummer = p.nummer();
    this.sekretess = p.sekretess();
    this.version = p.paragraf() == null ? 0 : p.paragraf().version();
    var texter = p.punkt().innehall().texter();
    this.forslag = texter == null || texter.forslag() == null ? "" : texter.forslag().strip();
    this.personer = namn.entrySet().stream().collect(Collectors.toMap(e -> key(e.getValue()), Map.Entry::getKey,
        (a, b) -> a));
    if (p.paragraf() != null) {
      beslut.set(p.paragraf().beslut() == null ? "" : p.paragraf().beslut());
      beslutsgang.set(p.paragraf().beslutsgang() == null ? "" : p.paragraf().beslutsgang());
    }
    Behandling b = p.behandling();
    yrkanden.set(rader(b.yrkanden(), namn));
    propositionsordning.set(b.propositionsordning() == null ? "" : b.propositionsordning());
    reservationer.set(rader(b.reservationer(), namn));
    anteckningar.set(rader(b.anteckningar(), namn));
    jav.set(b.jav().stream().map(id -> namn.getOrDefault(id, "?")).collect(Collectors.joining(", ")));
    if (b.omrostning() != null) {
      omrostningJa.set(b.omrostning().ja());
      omrostningNej.set(b.omrostning().nej());
      List<String> lines = new ArrayList<>();
      for (Behandling.Rostval val : Behandling.Rostval.values()) {
        List<String> vem = b.omrostning().roster().stream().filter(r -> r.val() == val)
            .map(r -> namn.getOrDefault(r.ledamotId(), "?")).toList();
        if (!vem.isEmpty()) {
          lines.add(val.text() + ": " + String.join(", ", vem));
        }
      }
      roster.set(String.join("\n", lines));
    }
    beslutOffentligt.set(b.beslutOffentligt());
    state.saved();
  }

  private static String rader(List<Behandling.Inlaga> inlagor, Map<Long, String> namn) {
    return inlagor.stream().map(i -> namn.getOrDefault(i.ledamotId(), "?") + ": " + i.text())
        .collect(Collectors.joining("\n"));
  }

  private static String key(String namn) {
    return namn.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip().toLowerCase(Locale.ROOT);
  }

  /** The handling as typed; a name that is no seat of the organ, or a badly written line, is refused at its field. */
  Behandling toBehandling() {
    Behandling.Omrostning o = null;
    boolean harOmrostning = !omrostningJa.get().isBlank() || !omrostningNej.get().isBlank() || !roster.get().isBlank();
    if (harOmrostning) {
      o = new Behandling.Omrostning(omrostningJa.get().strip(), omrostningNej.get().strip(), roster());
    }
    List<Long> javIds = new ArrayList<>();
    for (String n : jav.get().split("[,\\n]")) {
      if (!n.isBlank()) {
        javIds.add(person(n, "Jäv"));
      }
    }
    return new Behandling(inlagor(yrkanden.get(), "Yrkanden"), propositionsordning.get(), o,
        inlagor(reservationer.get(), "Reservationer"), javIds, inlagor(anteckningar.get(), "Protokollsanteckningar"),
        beslutOffentligt.get());
  }

  private List<Behandling.Inlaga> inlagor(String text, String falt) {
    List<Behandling.Inlaga> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int kolon = line.indexOf(':');
      if (kolon < 0) {
        throw ValidationException.of(falt, "\"" + line.strip() + "\": skriv Namn: text");
      }
      out.add(new Behandling.Inlaga(person(line.substring(0, kolon), falt), line.substring(kolon + 1)));
    }
    return out;
  }

  private List<Behandling.Rost> roster() {
    List<Behandling.Rost> out = new ArrayList<>();
    for (String line : roster.get().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int kolon = line.indexOf(':');
      Behandling.Rostval val = kolon < 0 ? null : switch (key(line.substring(0, kolon))) {
        case "ja" -> Behandling.Rostval.JA;
        case "nej" -> Behandling.Rostval.NEJ;
        case "avstår", "avstar" -> Behandling.Rostval.AVSTAR;
        default -> null;
      };
      if (val == null) {
        throw ValidationException.of("Omröstning", "\"" + line.strip() + "\": skriv Ja:, Nej: eller Avstår: och namnen");
      }
      for (String n : line.substring(kolon + 1).split(",")) {
        if (!n.isBlank()) {
          out.add(new Behandling.Rost(person(n, "Omröstning"), val));
        }
      }
    }
    return out;
  }

  private long person(String namn, String falt) {
    Long id = personer.get(key(namn));
    if (id == null) {
      throw ValidationException.of(falt, "\"" + namn.strip() + "\" har ingen plats i nämnden på sammanträdesdagen");
    }
    return id;
  }

  /** The item's förslag till beslut as the kallelse had it; "" when it had none. */
  public String forslag() {
    return forslag;
  }

  /**
   * The board decided as proposed: the förslag becomes the beslut, to be saved with the rest. Only into an empty
   * beslut, so nothing typed is replaced.
   */
  public void enligtForslaget() {
    if (beslut.get() == null || beslut.get().isBlank()) {
      beslut.set(forslag);
    }
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

  /** "beslutet i § 5 ”Rubrik”", or before the numbering "beslutet i punkten ”Rubrik”": as questions name it. */
  public String beslutet() {
    return nummer == null ? se.namndbok.app.shared.Messages.format("osparat.beslut.punkt", rubrik)
        : se.namndbok.app.shared.Messages.format("osparat.beslut", paragraf(), rubrik);
  }

  /** The § number, or null before numbering. */
  public Integer nummer() {
    return nummer;
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

  public StringProperty yrkandenProperty() {
    return yrkanden;
  }

  public StringProperty propositionsordningProperty() {
    return propositionsordning;
  }

  public StringProperty omrostningJaProperty() {
    return omrostningJa;
  }

  public StringProperty omrostningNejProperty() {
    return omrostningNej;
  }

  public StringProperty rosterProperty() {
    return roster;
  }

  public StringProperty reservationerProperty() {
    return reservationer;
  }

  public StringProperty javProperty() {
    return jav;
  }

  public StringProperty anteckningarProperty() {
    return anteckningar;
  }

  public BooleanProperty beslutOffentligtProperty() {
    return beslutOffentligt;
  }

  /** The beslut as shown: dirty when changed and not saved. */
  public EntryFormState state() {
    return state;
  }

  public FieldErrors errors() {
    return errors;
  }
}
