package se.namndbok.core.ejverkstallda;

import java.util.Optional;

/** Kön as the reports split it: K (kvinna) or M (man). */
public enum Kon {
  K("Kvinna"), M("Man");

  private final String text;

  Kon(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  public static Optional<Kon> find(String kod) {
    if (kod == null) {
      return Optional.empty();
    }
    return switch (kod.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "K" -> Optional.of(K);
      case "M" -> Optional.of(M);
      default -> Optional.empty();
    };
  }
}
