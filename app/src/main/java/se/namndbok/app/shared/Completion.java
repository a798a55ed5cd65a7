package se.namndbok.app.shared;

import java.util.List;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.shared.Texts;

/** Suggestions for completing fields; called by ControlsFX off the JavaFX thread. */
public final class Completion {
  public static final int MAX = 12;

  private Completion() {}

  /** The diarienummer of ärenden matching what is typed (start of the number or words of the rubrik), not the typed one. */
  public static List<String> diarienummer(ArendeService arenden, String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return arenden.search(typed.strip(), MAX).stream().map(Arende::diarienummer).map(Object::toString)
        .filter(n -> !n.equals(typed.strip())).distinct().toList();
  }

  /** The known values containing what is typed (case ignored), Swedish order. */
  public static List<String> among(List<String> known, String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Texts.SWEDISH);
    return known.stream().filter(k -> k.toLowerCase(Texts.SWEDISH).contains(t))
        .filter(k -> !k.equalsIgnoreCase(typed == null ? "" : typed.strip()))
        .sorted(Texts.swedishOrder()).limit(MAX).toList();
  }

  /** The known codes starting with what is typed, in the order given (not the typed one itself). */
  public static List<String> starting(List<String> known, String typed) {
    String t = typed == null ? "" : typed.strip();
    return known.stream().filter(k -> k.startsWith(t) && !k.equals(t)).limit(MAX).toList();
  }
}
