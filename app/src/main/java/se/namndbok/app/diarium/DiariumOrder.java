package se.namndbok.app.diarium;

import java.util.Comparator;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.shared.Texts;

/** How the diarium's columns sort: numbers as numbers, text the Swedish way (å, ä, ö after z). */
final class DiariumOrder {
  /** Year, then running number: 2025/9 before 2025/10. */
  static final Comparator<Diarienummer> DIARIENUMMER = Comparator.naturalOrder();
  static final Comparator<String> TEXT = Texts.swedishOrder();
  /** Part by part as numbers: 3.9 before 3.10; an empty code last. */
  static final Comparator<String> KLASSIFICERING = DiariumOrder::compareKlassificering;

  private DiariumOrder() {}

  private static int compareKlassificering(String a, String b) {
    if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
      return Boolean.compare(a == null || a.isEmpty(), b == null || b.isEmpty());
    }
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }
}
