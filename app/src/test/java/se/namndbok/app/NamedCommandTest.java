package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.Clock;

/**
 * A line that names a command has only that command registered (picocli builds each command's model by
 * reflection, issue 10 point 3). Every line must read exactly as with all commands registered: the same exit
 * status, the same standard out and the same standard error, for help, wrong lines and commands that run.
 */
class NamedCommandTest {
  private static final Function<Database, CoreServices> SERVICES = db -> CoreWiring.build(db, new Clock(
      java.time.Clock.fixed(Instant.parse("2025-11-03T13:02:00Z"), ZoneId.of("Europe/Stockholm")), "sekreterare"));

  @TempDir
  Path dir;

  private record Result(int status, String out, String err) {}

  private static Result run(boolean everyCommand, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int status = Commands.run(store -> {
        throw new AssertionError("the window must not open for a command");
      }, SERVICES, name -> null, everyCommand, args);
      return new Result(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void everyLineReadsAsWithEveryCommandRegistered() {
    String data = dir.resolve("data").toString();
    assertThat(run(false, "--data", data, "demo").status()).as("the demo board, for statistik and ivo").isZero();
    List<List<String>> lines = new ArrayList<>(List.of(
        List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"), List.of("help"),
        List.of("statistik"), List.of("statistik", "--help"), List.of("statistik", "-h"),
        List.of("statistik", "--lag", "SoL"), List.of("statistk", "--lag", "SoL"), List.of("statistik", "ivo"),
        List.of("--data", "ivo", "statistik", "--help"), List.of("--data=ivo", "statistik", "--help"),
        List.of("--data", data, "statistik", "--lag", "XYZ", "--kvartal", "2025Q2"),
        List.of("--data", data, "statistik", "--lag", "SoL", "--kvartal", "2025Q2"),
        List.of("--data", data, "statistik", "--lag", "LSS", "--kvartal", "2025Q2", "--format", "csv"),
        List.of("--data", data, "ivo", "--lag", "SoL", "--kvartal", "2025Q2"),
        List.of("--data", data, "--okand", "statistik"), List.of("--data", data, "fnord"),
        List.of("--data", data, "demo", "statistik"), List.of("--", "statistik", "--help"),
        List.of("import"), List.of("import", "--help"), List.of("import", "beslut", "--help"),
        List.of("import", "okand"), List.of("export"), List.of("export", "kallelse", "--help"),
        List.of("export", "protokollsutdrag", "--help"), List.of("server"), List.of("server", "anvandare", "--help"),
        List.of("--data", data, "export", "kallelse")));
    for (String name : List.of("backup", "restore", "demo", "ivo", "migrera", "kryptera", "server")) {
      lines.add(List.of(name, "--help"));
      lines.add(List.of(name, "--fel-flagga"));
    }
    for (List<String> line : lines) {
      String[] args = line.toArray(String[]::new);
      Result every = run(true, args);
      Result named = run(false, args);
      assertThat(named).as("namndbok %s", String.join(" ", line)).isEqualTo(every);
    }
    assertThat(run(false, "--data", data, "statistik", "--lag", "SoL", "--kvartal", "2025Q2").out())
        .as("the report, so the comparison above compared something").contains("\"kvartal\"");
  }
}
