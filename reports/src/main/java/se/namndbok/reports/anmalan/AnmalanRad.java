package se.namndbok.reports.anmalan;

/** One reported entry as printed; {@link #offentlig} is the row as the public version may show it. */
public interface AnmalanRad<R extends AnmalanRad<R>> {
  R offentlig();

  /**
   * "Änr 2025/1130 (Hid: 2025.2708)" over {@code text}; what the entry lacks is left out, not printed empty (a
   * delegationsbeslut typed in the window has no Hid).
   */
  static String medReferens(String arendenr, String hid, String text) {
    String referens = arendenr.isBlank() ? (hid.isBlank() ? "" : "Hid: " + hid)
        : "Änr " + arendenr + (hid.isBlank() ? "" : " (Hid: " + hid + ")");
    return referens.isEmpty() ? text : referens + "\n" + text;
  }
}
