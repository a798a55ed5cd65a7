package se.namndbok.app.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link DagligMixBenchmark} from Maven (no timing is asserted):
 * {@code mvn -pl app -am test -Dtest=DagligMixBenchmarkRunner -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmark.clients=20] [-Dbenchmark.rounds=10]}.
 */
class DagligMixBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() throws Exception {
    DagligMixBenchmark.main(new String[] {System.getProperty("benchmark.clients", "20"),
        System.getProperty("benchmark.rounds", "10")});
  }
}
