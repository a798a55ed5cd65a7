package se.namndbok.core.ejverkstallda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link BeslutImportBenchmark} from Maven (no timing is asserted):
 * {@code mvn -o -pl core test -Dtest=BeslutImportBenchmarkRunner -Dbenchmark=true [-Dbenchmark.rows=100000]}.
 */
class BeslutImportBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() {
    BeslutImportBenchmark.main(new String[] {System.getProperty("benchmark.rows", "100000"),
        System.getProperty("benchmark.rounds", "5")});
  }
}
