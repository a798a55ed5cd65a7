package se.namndbok.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

/**
 * {@code restore} on 2,000 or more generated broken backups (seeded; {@code -Dfuzz.seed}, {@code -Dfuzz.cases}):
 * flipped bytes in an entry's data, a cut anywhere, entries missing, added or doubled, a lying manifest, and
 * rows changed behind a manifest that agrees with them (a personnummer, a control character, a wrong type, a
 * row missing or doubled, an unknown or missing column). Each must end in a refusal with a message — never
 * another exception, never a restore — and the store must keep every row it had.
 */
class RestoreFuzzTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> HOSTILE = List.of("19401231-1234", "401231+1234", "PNR 19401231 1234",
      "noll\u0000tecken", "höger\u202Evänster", "klocka\u0007");

  @TempDir Path dir;

  @Test
  void everyBrokenBackupIsRefusedWithAMessageAndTheStoreKeepsItsRows() throws IOException {
    try (TestStore source = TestStore.create(); TestStore target = TestStore.create()) {
      BackupServiceTest.fill(source);
      Path goodZip = dir.resolve("bra.zip");
      new BackupService(source.db(), source.clock()).backup(goodZip);
      byte[] good = Files.readAllBytes(goodZip);
      BackupZip parts = BackupZip.read(goodZip);
      BackupServiceTest.fill(target);
      Map<String, String> before = BackupServiceTest.everyRow(target);
      BackupService service = new BackupService(target.db(), target.clock());

      long base = Long.getLong("fuzz.seed", 20251103L);
      int cases = Integer.getInteger("fuzz.cases", 2_000);
      for (int i = 0; i < cases; i++) {
        long seed = base + i;
        Random r = new Random(seed);
        Path zip = dir.resolve("fall-" + i + ".zip");
        String what = broken(r, good, parts.copy(), zip);
        String why = "restore seed " + seed + " (" + what + ")";
        try {
          service.restore(zip);
          fail(why + ": the backup was restored");
        } catch (ValidationException e) {
          assertThat(e.getMessage()).as(why).startsWith("Säkerhetskopian " + zip.getFileName() + ": ");
        } catch (RuntimeException | Error e) {
          throw new AssertionError(why + ": not a refusal but " + e, e);
        } finally {
          Files.deleteIfExists(zip);
        }
        if (i % 100 == 0 || i == cases - 1) {
          assertThat(BackupServiceTest.everyRow(target)).as(why + ": the store is unchanged").isEqualTo(before);
        }
      }
    }
  }

  /** Writes one broken variant of the good backup to {@code zip}; returns what was done. */
  private static String broken(Random r, byte[] good, BackupZip parts, Path zip) throws IOException {
    return switch (r.nextInt(10)) {
      case 0, 1 -> flipped(r, good, zip);
      case 2 -> {
        int cut = r.nextInt(good.length);
        Files.write(zip, java.util.Arrays.copyOf(good, cut));
        yield "avkortad vid byte " + cut;
      }
      case 3 -> entries(r, parts, zip);
      case 4 -> manifest(r, parts, zip);
      default -> rows(r, parts, zip);
    };
  }

  /** One to eight bytes changed inside entries' compressed data (not a last byte, whose spare bits may not count). */
  private static String flipped(Random r, byte[] good, Path zip) throws IOException {
    List<int[]> data = dataAreas(good);
    byte[] b = good.clone();
    int n = 1 + r.nextInt(8);
    StringBuilder where = new StringBuilder();
    for (int k = 0; k < n; k++) {
      int[] area = data.get(r.nextInt(data.size()));
      int at = area[0] + r.nextInt(area[1] - 1);
      b[at] ^= (byte) (1 + r.nextInt(255));
      where.append(k == 0 ? "" : ",").append(at);
    }
    Files.write(zip, b);
    return "ändrade byte " + where;
  }

  /** The compressed data of each entry with more than one byte of it: {start, length}, from the zip's directory. */
  private static List<int[]> dataAreas(byte[] zip) {
    ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    List<int[]> areas = new ArrayList<>();
    for (int i = 0; i + 46 <= zip.length; i++) {
      if (buf.getInt(i) == 0x02014b50) {
        int size = buf.getInt(i + 20);
        int local = buf.getInt(i + 42);
        int start = local + 30 + Short.toUnsignedInt(buf.getShort(local + 26))
            + Short.toUnsignedInt(buf.getShort(local + 28));
        if (size > 1) {
          areas.add(new int[] {start, size});
        }
      }
    }
    return areas;
  }

  private static String entries(Random r, BackupZip parts, Path zip) throws IOException {
    List<String> names = new ArrayList<>(parts.names());
    String name = names.get(r.nextInt(names.size()));
    return switch (r.nextInt(3)) {
      case 0 -> {
        parts.remove(name).write(zip);
        yield "posten " + name + " saknas";
      }
      case 1 -> {
        String extra = List.of("tabeller/okand.json", "annat.txt", "../utanfor.txt", "filer/../../x", "/absolut")
            .get(r.nextInt(5));
        parts.put(extra, "{}".getBytes(StandardCharsets.UTF_8)).write(zip);
        yield "en okänd post " + extra;
      }
      default -> {
        parts.writeWithDuplicate(zip, name);
        yield "posten " + name + " två gånger";
      }
    };
  }

  private static String manifest(Random r, BackupZip parts, Path zip) {
    String table = tableWithRows(r, parts);
    String edit = List.of("rader", "sha256", "storlek", "schemaVersion", "format").get(r.nextInt(5));
    parts.writeWithManifest(zip, m -> {
      try {
        ObjectNode root = (ObjectNode) JSON.readTree(m);
        ObjectNode t = (ObjectNode) root.get("tabeller").get(table);
        switch (edit) {
          case "rader" -> t.put("rader", t.get("rader").asLong() + (1 + r.nextInt(3)) * (r.nextBoolean() ? 1 : -1));
          case "sha256" -> t.put("sha256", "0".repeat(64));
          case "storlek" -> t.put("storlek", t.get("storlek").asLong() + 1 + r.nextInt(100));
          case "schemaVersion" -> root.put("schemaVersion", "9" + r.nextInt(100));
          default -> root.put("format", 3 + r.nextInt(5));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    return "innehållsförteckningens " + edit + " för " + table + " ändrad";
  }

  /** A table's rows changed behind a manifest that agrees with the change (checksums and sizes recomputed). */
  private static String rows(Random r, BackupZip parts, Path zip) throws IOException {
    String table = tableWithRows(r, parts);
    String entry = "tabeller/" + table + ".json";
    ObjectNode root = (ObjectNode) JSON.readTree(parts.text(entry));
    ArrayNode fields = (ArrayNode) root.get("fields");
    ArrayNode records = (ArrayNode) root.get("records");
    int row = r.nextInt(records.size());
    int column = r.nextInt(fields.size());
    String what = switch (r.nextInt(5)) {
      case 0, 1 -> {
        String value = HOSTILE.get(r.nextInt(HOSTILE.size()));
        ((ArrayNode) records.get(row)).set(column, value);
        yield "kolumnen " + fields.get(column).get("name").asText() + " på rad " + row + " blev " + printable(value);
      }
      case 2 -> {
        records.remove(row);
        yield "rad " + row + " borttagen";
      }
      case 3 -> {
        records.add(records.get(row).deepCopy());
        yield "rad " + row + " två gånger";
      }
      default -> {
        boolean add = r.nextBoolean();
        if (add) {
          fields.addObject().put("name", "hemlig").put("type", "VARCHAR");
          records.forEach(rec -> ((ArrayNode) rec).add("x"));
        } else {
          fields.remove(column);
          records.forEach(rec -> ((ArrayNode) rec).remove(column));
        }
        yield add ? "en okänd kolumn" : "kolumnen nummer " + column + " saknas";
      }
    };
    parts.put(entry, JSON.writeValueAsBytes(root)).writeConsistent(zip);
    return "tabellen " + table + ": " + what;
  }

  private static String tableWithRows(Random r, BackupZip parts) {
    List<String> tables = parts.names().stream().filter(n -> n.startsWith("tabeller/"))
        .filter(n -> hasRows(parts.text(n))).map(n -> n.substring("tabeller/".length(), n.length() - ".json".length()))
        .sorted().toList();
    return tables.get(r.nextInt(tables.size()));
  }

  private static boolean hasRows(String json) {
    try {
      JsonNode records = JSON.readTree(json).get("records");
      return records != null && !records.isEmpty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || (c >= 0x2028 && c <= 0x202E) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.append('"').toString();
  }
}
