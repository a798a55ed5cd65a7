package se.namndbok.core.anvandare;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The logged-in user's roles do not allow an action. Nothing was changed; commands exit 2. */
public class BehorighetException extends RuntimeException {
  private final AnvandarRoll[] kravs;

  public BehorighetException(String anvandare, String atgard, AnvandarRoll... kravs) {
    super("Du (" + anvandare + ") har inte behörighet att " + atgard + ": det kräver rollen "
        + Arrays.stream(kravs).map(AnvandarRoll::benamning).collect(Collectors.joining(" eller ")) + ".");
    this.kravs = kravs.clone();
  }

  public AnvandarRoll[] kravs() {
    return kravs.clone();
  }
}
