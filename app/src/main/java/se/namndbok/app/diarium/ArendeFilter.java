package se.namndbok.app.diarium;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.DiariumSokning;
import se.namndbok.core.arende.Handling;

/**
 * The diarium search in memory, with the store's meaning ({@link DiariumSokning}): every word must match the
 * ärende or one of its handlingar, whose texts the view model loads with the ärenden.
 */
final class ArendeFilter {
  private ArendeFilter() {}

  static Predicate<Arende> matching(String query, Map<Long, List<Handling>> handlingar) {
    List<String> words = DiariumSokning.ord(query);
    if (words.isEmpty()) {
      return a -> true;
    }
    return a -> {
      List<Handling> own = handlingar.getOrDefault(a.id(), List.of());
      return words.stream().allMatch(w -> DiariumSokning.matchar(a, own, w));
    };
  }
}
