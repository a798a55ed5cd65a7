package se.namndbok.app.protokoll;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.protokoll.Narvaro;
import se.namndbok.core.shared.ValidationException;

/** One seat's line of the attendance list: närvarande, tjänstgör för (ersättare only) and lämnade kl. */
public final class NarvaroRad {
  private final Person person;
  private final boolean ersattare;
  private final BooleanProperty narvarande = new SimpleBooleanProperty();
  private final ObjectProperty<Person> tjanstgorFor = new SimpleObjectProperty<>();
  private final StringProperty lamnade = new SimpleStringProperty("");
  private final StringProperty ankom = new SimpleStringProperty("");
  private final StringProperty paragrafer = new SimpleStringProperty("");

  NarvaroRad(Ledamotsplats plats, Narvaro saved, Person forPerson) {
    this.person = new Person(plats.ledamot().id(), plats.ledamot().namn());
    this.ersattare = plats.uppdrag().typ() == UppdragTyp.ERSATTARE;
    narvarande.set(saved == null ? !ersattare : saved.narvarande());
    tjanstgorFor.set(forPerson);
    lamnade.set(saved == null || saved.lamnade() == null ? "" : saved.lamnade().toString());
    ankom.set(saved == null || saved.ankom() == null ? "" : saved.ankom().toString());
    paragrafer.set(saved == null || !saved.delvis() ? "" : (saved.franParagraf() == null ? "" : saved.franParagraf())
        + "–" + (saved.tillParagraf() == null ? "" : saved.tillParagraf()));
  }

  /** The line as the service takes it; a badly written time is refused naming the person. */
  Narvaro toNarvaro() {
    Person f = tjanstgorFor.get();
    Integer[] range = paragrafer();
    return new Narvaro(person.id(), narvarande.get(), f == null ? null : f.id(), time(lamnade, "lämnade"),
        time(ankom, "kom"), range[0], range[1]);
  }

  private LocalTime time(StringProperty field, String vad) {
    String t = field.get() == null ? "" : field.get().strip().replace('.', ':');
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      throw ValidationException.of("Närvaro", person.namn() + ": " + vad + " kl. \"" + t + "\" är ingen tid; skriv tt:mm, t.ex. 15:30");
    }
  }

  /** "78–84", "85–" (from § 85), "–84" (to § 84), "86" (that § only) or "" (the whole meeting). */
  private Integer[] paragrafer() {
    String t = paragrafer.get() == null ? "" : paragrafer.get().replace("§", "").strip();
    if (t.isEmpty()) {
      return new Integer[] {null, null};
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d*)\\s*([–-]?)\\s*(\\d*)").matcher(t);
    if (!m.matches() || (m.group(1).isEmpty() && m.group(3).isEmpty())) {
      throw ValidationException.of("Närvaro", person.namn() + ": \"" + t + "\" är inga paragrafer; skriv t.ex. 78–84, 85– eller –84");
    }
    Integer fran = m.group(1).isEmpty() ? null : Integer.valueOf(m.group(1));
    Integer till = m.group(3).isEmpty() ? null : Integer.valueOf(m.group(3));
    return m.group(2).isEmpty() ? new Integer[] {fran, fran} : new Integer[] {fran, till};
  }

  /** What a line holds as typed. */
  record Input(boolean narvarande, Person tjanstgorFor, String lamnade, String ankom, String paragrafer) {}

  Input input() {
    return new Input(narvarande.get(), tjanstgorFor.get(), lamnade.get(), ankom.get(), paragrafer.get());
  }

  /** Puts back what {@link #input()} gave. */
  void input(Input typed) {
    narvarande.set(typed.narvarande());
    tjanstgorFor.set(typed.tjanstgorFor());
    lamnade.set(typed.lamnade());
    ankom.set(typed.ankom());
    paragrafer.set(typed.paragrafer());
  }

  /** Takes part in the decisions: a present ordinarie ledamot or a present ersättare who serves for one. */
  boolean beslutande() {
    return narvarande.get() && (!ersattare || tjanstgorFor.get() != null);
  }

  public Person person() {
    return person;
  }

  public String namn() {
    return person.namn();
  }

  public boolean ersattare() {
    return ersattare;
  }

  public BooleanProperty narvarandeProperty() {
    return narvarande;
  }

  public ObjectProperty<Person> tjanstgorForProperty() {
    return tjanstgorFor;
  }

  public StringProperty lamnadeProperty() {
    return lamnade;
  }

  public StringProperty ankomProperty() {
    return ankom;
  }

  public StringProperty paragraferProperty() {
    return paragrafer;
  }
}
