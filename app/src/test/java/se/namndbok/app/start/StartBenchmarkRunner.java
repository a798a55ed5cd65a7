package se.namndbok.app.start;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link StartBenchmark} from Maven after the jar is built (no timing is asserted): with bench/run, or
 * {@code mvn -o -Pbenchmark verify -Dbenchmark=true -Dtest=StartBenchmarkRunner [-Dbenchmark.start.rounds=7]}.
 */
class StartBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() throws Exception {
    StartBenchmark.main(new String[] {System.getProperty("benchmark.jar", "target/namndbok.jar"),
        System.getProperty("benchmark.start.rounds", System.getProperty("benchmark.rounds", "7"))});
  }
}
