package se.namndbok.app.diarium;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.shared.Texts;

/**
 * The diarium search in memory, with the same meaning as {@code ArendeService.search}: every word must be the
 * start of the diarienummer or occur in the rubrik (case ignored).
 */
final class ArendeFilter {
  private ArendeFilter() {}

  static Predicate<Arende> matching(String query) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return a -> true;
    }
    return a -> {
      String nummer = a.diarienummer().toString();
      String rubrik = a.rubrik().toLowerCase(Texts.SWEDISH);
      return words.stream().allMatch(w -> nummer.startsWith(w) || rubrik.contains(w));
    };
  }

  static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Arrays.stream(query.strip().toLowerCase(Texts.SWEDISH).split("\\s+")).toList();
  }
}
