package se.namndbok.core.ejverkstallda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link StatistikBenchmark} from Maven (no timing is asserted):
 * {@code mvn -o -pl core test -Dtest=StatistikBenchmarkRunner -Dbenchmark=true [-Dbenchmark.rows=1000000]}.
 */
class StatistikBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() throws Exception {
    StatistikBenchmark.main(new String[] {System.getProperty("benchmark.rows", "1000000"),
        System.getProperty("benchmark.rounds", "7")});
  }
}
