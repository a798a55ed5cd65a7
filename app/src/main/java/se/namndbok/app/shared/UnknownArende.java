package se.namndbok.app.shared;

import java.util.Optional;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.shared.ValidationException;

/** Whether a typed diarienummer is a well-formed number not yet in the diarium (so the form may offer to register it). */
public final class UnknownArende {
  private UnknownArende() {}

  /** The number as typed, when it parses and no ärende has it; empty when known or not a number. */
  public static Optional<String> check(ArendeService arenden, String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    try {
      return arenden.find(Diariekoppling.parseDiarienummer(typed)).isPresent() ? Optional.empty()
          : Optional.of(typed.strip());
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  /** Asks the user (the window: a dialog; tests: a fixed answer) whether to register the ärende now. */
  @FunctionalInterface
  public interface Confirm {
    boolean registerNow(String diarienummer);
  }
}
