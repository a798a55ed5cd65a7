package se.namndbok.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.ValidationException;

/**
 * Runs an importer in-process on {@value #DEFAULT_CASES} or more generated files that must be refused (seeded,
 * printed on failure): each must end in a refusal with a Swedish message — never another exception, never an
 * import — and leave every table of the store as it was.
 */
public final class ImportFuzz {
  public static final int DEFAULT_CASES = 2_000;

  private ImportFuzz() {}

  public static void run(String name, Database db, Path dir, CsvFuzzer fuzzer, Consumer<Path> importer)
      throws IOException {
    long base = Long.getLong("fuzz.seed", 20251103L);
    int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    Map<String, Integer> before = counts(db);
    for (int i = 0; i < cases; i++) {
      long seed = base + i;
      CsvFuzzer.Case c = fuzzer.next(new Random(seed));
      Path file = dir.resolve(c.name());
      Files.write(file, c.bytes());
      String why = name + " seed " + seed + " (" + c.defect() + ")";
      try {
        importer.accept(file);
        fail(why + ": the file was imported");
      } catch (ValidationException e) {
        assertThat(e.getMessage()).as(why).isNotBlank();
      } catch (RuntimeException | Error e) {
        throw new AssertionError(why + ": not a refusal but " + e, e);
      } finally {
        Files.deleteIfExists(file);
      }
      if (i % 50 == 0 || i == cases - 1) {
        assertThat(counts(db)).as(why + ": the store is unchanged").isEqualTo(before);
      }
    }
  }

  private static Map<String, Integer> counts(Database db) {
    return db.read(tx -> new TableDump().counts(tx));
  }
}
