package se.namndbok.app.shared;

import se.namndbok.core.CoreServices;

/** Fills an empty store with the demo board ("Öppna demonämnden"); the real one lives in {@code app.demo}. */
@FunctionalInterface
public interface DemoInstaller {
  void install(CoreServices core);
}
