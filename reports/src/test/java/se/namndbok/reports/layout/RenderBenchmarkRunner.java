package se.namndbok.reports.layout;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link RenderBenchmark} from Maven (no timing is asserted):
 * {@code mvn -o -pl reports test -Dtest=RenderBenchmarkRunner -Dbenchmark=true [-Dbenchmark.rounds=15]}.
 */
class RenderBenchmarkRunner {

  @Test
  @EnabledIfSystemProperty(named = "benchmark", matches = "true")
  void run() throws IOException {
    RenderBenchmark.main(new String[] {System.getProperty("benchmark.rounds", "15")});
  }
}
