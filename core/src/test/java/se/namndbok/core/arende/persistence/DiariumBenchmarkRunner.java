package se.namndbok.core.arende.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link DiariumBenchmark} from Maven (no timing is asserted): {@code nice -n 10 mvn -o -pl core test
 * -Dtest=DiariumBenchmarkRunner -Dbenchmark=true [-Dbenchmark.arenden=200000] [-Dbenchmark.rounds=21]
 * [-Dbenchmark.store=FOLDER (keeps the generated store there and reuses it)]}.
 */
class DiariumBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() throws Exception {
    DiariumBenchmark.main(new String[] {System.getProperty("benchmark.arenden", "200000"),
        System.getProperty("benchmark.rounds", "21")});
  }
}
