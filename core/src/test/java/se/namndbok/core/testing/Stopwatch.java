package se.namndbok.core.testing;

import java.util.function.Supplier;

/** The wall clock around one step of a benchmark (ratios against a floor, never a timed assertion). */
public final class Stopwatch {
  private Stopwatch() {}

  /** How long {@code work} took, in nanoseconds. */
  public static long nanos(Supplier<?> work) {
    long start = System.nanoTime();
    work.get();
    return System.nanoTime() - start;
  }

  public static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
