package se.namndbok.core.ejverkstallda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link BeslutImportBenchmark} from Maven (no timing is asserted):
 * {@code mvn -o -pl core test -Dtest=BeslutImportBenchmarkRunner -Dbenchmark=true [-Dbenchmark.rows=100000]}.
 * bench/run passes the number of decisions as {@code -Dbenchmark.beslut}, which {@code benchmark.rows} overrides.
 */
class BeslutImportBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() {
    String rows = System.getProperty("benchmark.rows", System.getProperty("benchmark.beslut", "100000"));
    BeslutImportBenchmark.main(new String[] {rows, System.getProperty("benchmark.rounds", "5")});
  }
}
