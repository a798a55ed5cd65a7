package se.namndbok.core.kallelse;

import java.util.List;
import java.util.Optional;

/**
 * A meeting's sent kallelser (oldest first) and whether the meeting has changed since the last one was sent
 * ("ändrad efter utskick": sending again makes a new version).
 */
public record Utskickslage(List<Utskick> versioner, boolean andradEfterUtskick) {
  public Utskickslage {
    versioner = List.copyOf(versioner);
  }

  public Optional<Utskick> senaste() {
    return versioner.isEmpty() ? Optional.empty() : Optional.of(versioner.getLast());
  }
}
