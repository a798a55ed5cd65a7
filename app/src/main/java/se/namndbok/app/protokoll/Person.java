package se.namndbok.app.protokoll;

/** A ledamot or ersättare as a choice in a list (tjänstgör för, justerare); shows the name. */
public record Person(long id, String namn) {
  @Override
  public String toString() {
    return namn;
  }
}
