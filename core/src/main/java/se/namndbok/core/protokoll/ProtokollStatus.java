package se.namndbok.core.protokoll;

/** A protokoll is drafted (UTKAST) until the ordförande and justerare have approved it (JUSTERAT); then it is locked. */
public enum ProtokollStatus {
  UTKAST("Utkast"), JUSTERAT("Justerat");

  private final String text;

  ProtokollStatus(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
