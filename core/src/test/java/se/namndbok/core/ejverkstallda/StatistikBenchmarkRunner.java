package se.namndbok.core.ejverkstallda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link StatistikBenchmark} from Maven (no timing is asserted):
 * {@code mvn -o -pl core test -Dtest=StatistikBenchmarkRunner -Dbenchmark=true [-Dbenchmark.rows=1000000]}.
 * bench/run passes the number of decisions as {@code -Dbenchmark.beslut}, which {@code benchmark.rows} overrides.
 */
class StatistikBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() throws Exception {
    String rows = System.getProperty("benchmark.rows", System.getProperty("benchmark.beslut", "1000000"));
    StatistikBenchmark.main(new String[] {rows, System.getProperty("benchmark.rounds", "7")});
  }
}
