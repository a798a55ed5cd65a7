package se.namndbok.core.protokoll;

import java.time.LocalTime;

/**
 * One ledamot's or ersättare's attendance at a meeting. {@code tjanstgorFor} is the ordinarie ledamot a present
 * ersättare serves for (tjänstgörande ersättare), null otherwise; {@code lamnade} the time the person left, if
 * before the end.
 */
public record Narvaro(long ledamotId, boolean narvarande, Long tjanstgorFor, LocalTime lamnade) {

  public static Narvaro narvarande(long ledamotId) {
    return new Narvaro(ledamotId, true, null, null);
  }

  public static Narvaro franvarande(long ledamotId) {
    return new Narvaro(ledamotId, false, null, null);
  }

  public static Narvaro tjanstgor(long ersattareId, long forLedamotId) {
    return new Narvaro(ersattareId, true, forLedamotId, null);
  }
}
