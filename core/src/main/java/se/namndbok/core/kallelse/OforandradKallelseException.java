package se.namndbok.core.kallelse;

import java.util.List;
import se.namndbok.core.shared.ValidationException;

/**
 * An utskick refused because the kallelse says exactly what the last sent version said: sent again it would reach
 * the members as a "Reviderad kallelse" with no revision in it. Nothing is stored.
 */
public final class OforandradKallelseException extends ValidationException {
  public OforandradKallelseException(Utskick senaste) {
    super(List.of(new FieldError("Utskick", "Kallelsen är oförändrad sedan version " + senaste.version()
        + " skickades ut " + senaste.skickad().toLocalDate() + "; inget nytt utskick behövs.")));
  }

  /** The sentence alone, as the window and the commands show it. */
  @Override
  public String getMessage() {
    return errors().get(0).message();
  }
}
