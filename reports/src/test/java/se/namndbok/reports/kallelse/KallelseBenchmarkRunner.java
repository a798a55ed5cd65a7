package se.namndbok.reports.kallelse;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link KallelseBenchmark} from Maven (no timing is asserted):
 * {@code nice -n 10 mvn -o -pl core,reports -am verify -Dtest=KallelseBenchmarkRunner
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true [-Dbenchmark.rounds=7] [-Dbenchmark.warmup=2]
 * [-Dbenchmark.only=kallelse-demo|kallelse-60-punkter]}.
 */
class KallelseBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() throws IOException {
    KallelseBenchmark.main(new String[] {System.getProperty("benchmark.rounds", "7"),
        System.getProperty("benchmark.warmup", "2"), System.getProperty("benchmark.only", "")});
  }
}
