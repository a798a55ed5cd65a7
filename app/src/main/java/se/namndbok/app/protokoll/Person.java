package se.namndbok.app.protokoll;

/** A ledamot or ersättare as a choice in a list (tjänstgör för, justerare); shows the name. */
public record Person(long id, String namn) {
  /** A person in a draft (decision 0171): "12:Anna Ek", read back as the same choice. */
  static final se.namndbok.app.shared.Drafts.Codec<Person> UTKAST = new se.namndbok.app.shared.Drafts.Codec<>() {
    @Override
    public String write(Person p) {
      return p.id() + ":" + p.namn();
    }

    @Override
    public Person read(String written) {
      int colon = written.indexOf(':');
      try {
        return colon < 0 ? null : new Person(Long.parseLong(written.substring(0, colon)),
            written.substring(colon + 1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  };

  @Override
  public String toString() {
    return namn;
  }
}
