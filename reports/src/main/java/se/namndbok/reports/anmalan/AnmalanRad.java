package se.namndbok.reports.anmalan;

/** One reported entry as printed; {@link #offentlig} is the row as the public version may show it. */
public interface AnmalanRad<R extends AnmalanRad<R>> {
  R offentlig();
}
