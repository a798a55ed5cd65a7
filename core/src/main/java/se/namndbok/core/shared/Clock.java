package se.namndbok.core.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Today's date and the user's name, replaceable in tests. */
public record Clock(java.time.Clock clock, String user) {
  public static Clock system() {
    return new Clock(java.time.Clock.system(ZoneId.of("Europe/Stockholm")), System.getProperty("user.name", "okänd"));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }
}
