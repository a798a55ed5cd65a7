package se.namndbok.reports.layout;

/** Receives how far an export has come, from 0.0 to 1.0, for a progress bar. */
@FunctionalInterface
public interface Progress {
  Progress NONE = fraction -> {};

  void update(double fraction);
}
