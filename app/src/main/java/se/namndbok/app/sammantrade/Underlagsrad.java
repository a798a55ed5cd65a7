package se.namndbok.app.sammantrade;

/** One line of an item's beslutsunderlag or bilagor as the editor lists it; {@code id} is the row's own id. */
public record Underlagsrad(long id, String text) {

  @Override
  public String toString() {
    return text;
  }
}
