package se.namndbok.core.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The one line every benchmark prints per measured ratio, which bench/run collects into docs/performance.md:
 * {@code BENCHMARK|<id>|<beskrivning>|<min>|<median>|<max>|<n>|<mål>}, ratios program/floor with a '.' decimal point,
 * the goal as "≤ 1.5×" or "–" when there is none. Nothing else goes on the line; other output is free.
 */
public final class BenchmarkLine {
  public static final String NO_GOAL = "–";

  private BenchmarkLine() {}

  /** Prints the line for {@code ratios} (one per measured round, at least one). */
  public static void print(String id, String description, List<Double> ratios, String goal) {
    System.out.println(format(id, description, ratios, goal));
    System.out.flush();
  }

  public static String format(String id, String description, List<Double> ratios, String goal) {
    if (ratios.isEmpty()) {
      throw new IllegalArgumentException("inga mätningar för " + id);
    }
    if (id.contains("|") || description.contains("|") || goal.contains("|")) {
      throw new IllegalArgumentException("'|' skiljer kolumnerna: " + id);
    }
    List<Double> sorted = new ArrayList<>(ratios);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "BENCHMARK|%s|%s|%.2f|%.2f|%.2f|%d|%s", id, description, sorted.getFirst(),
        median(sorted), sorted.getLast(), sorted.size(), goal);
  }

  /** "≤ 1.5×" for a ratio goal. */
  public static String atMost(double ratio) {
    return String.format(Locale.ROOT, "≤ %s×", ratio);
  }

  /** "1 000 000": a count in a description, grouped the Swedish way with plain spaces. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
  }

  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
