package se.namndbok.core.protokoll;

import java.time.LocalTime;

/**
 * One ledamot's or ersättare's attendance at a meeting. {@code tjanstgorFor} is the ordinarie ledamot a present
 * ersättare serves for (tjänstgörande ersättare), null otherwise; {@code ankom} and {@code lamnade} the times the
 * person arrived after the start or left before the end. {@code franParagraf}..{@code tillParagraf} are the §§ the
 * person took part in (for a tjänstgörande ersättare: served in), null meaning from the first or to the last §;
 * both null: the whole meeting.
 */
public record Narvaro(long ledamotId, boolean narvarande, Long tjanstgorFor, LocalTime lamnade, LocalTime ankom,
    Integer franParagraf, Integer tillParagraf) {

  /** Attendance for the whole meeting (or leaving at a time, without §§). */
  public Narvaro(long ledamotId, boolean narvarande, Long tjanstgorFor, LocalTime lamnade) {
    this(ledamotId, narvarande, tjanstgorFor, lamnade, null, null, null);
  }

  public static Narvaro narvarande(long ledamotId) {
    return new Narvaro(ledamotId, true, null, null);
  }

  public static Narvaro franvarande(long ledamotId) {
    return new Narvaro(ledamotId, false, null, null);
  }

  public static Narvaro tjanstgor(long ersattareId, long forLedamotId) {
    return new Narvaro(ersattareId, true, forLedamotId, null);
  }

  /** Whether the person took part (or served) in § {@code nummer}: present and the § within their range. */
  public boolean deltarI(int nummer) {
    return narvarande && (franParagraf == null || nummer >= franParagraf)
        && (tillParagraf == null || nummer <= tillParagraf);
  }

  /** Whether this range of §§ shares a § with {@code other}'s (null ends are open). */
  boolean overlappar(Narvaro other) {
    int a1 = franParagraf == null ? Integer.MIN_VALUE : franParagraf;
    int b1 = tillParagraf == null ? Integer.MAX_VALUE : tillParagraf;
    int a2 = other.franParagraf == null ? Integer.MIN_VALUE : other.franParagraf;
    int b2 = other.tillParagraf == null ? Integer.MAX_VALUE : other.tillParagraf;
    return a1 <= b2 && a2 <= b1;
  }

  /** Takes part in only some §§. */
  public boolean delvis() {
    return franParagraf != null || tillParagraf != null;
  }
}
