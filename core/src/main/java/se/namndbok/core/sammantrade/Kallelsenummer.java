package se.namndbok.core.sammantrade;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number a punkt has in the kallelse: its place on the list counting only the punkter of the contents, so
 * upprop and val av justerare (named on the first page) take none and the first ärende is 1. The window shows the
 * same numbers as the document.
 */
public final class Kallelsenummer {
  private Kallelsenummer() {}

  /** Each numbered punkt's id to its number; the opening ones are left out. */
  public static Map<Long, Integer> av(List<Arendepunkt> punkter) {
    Map<Long, Integer> nummer = new HashMap<>();
    punkter.stream().sorted(Comparator.comparingInt(Arendepunkt::ordning)).filter(p -> !p.typ().inledande())
        .forEach(p -> nummer.put(p.id(), nummer.size() + 1));
    return nummer;
  }
}
