package se.namndbok.core.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/**
 * A backup's table of contents ({@code namndbok-backup.json}, the zip's first entry): when and from which
 * nämnd and schema version it was made, every table's row count, SHA-256 and size, and every stored file's
 * size (its name is its SHA-256). A restore checks the whole zip against it before it touches the store.
 */
record Manifest(int format, String skapad, String schemaVersion, String namnd, Map<String, Tabell> tabeller,
    Map<String, Long> filer) {
  static final String NAME = "namndbok-backup.json";
  static final int FORMAT = 2;
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .serializationInclusion(JsonInclude.Include.NON_NULL).build();

  /** One table file: rows, SHA-256 and size in bytes. */
  record Tabell(long rader, String sha256, long storlek) {}

  byte[] json() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The manifest in {@code bytes}, or null when they are not one in this format. */
  static Manifest parse(byte[] bytes) {
    try {
      Manifest m = JSON.readValue(bytes, Manifest.class);
      boolean complete = m.format() == FORMAT && m.schemaVersion() != null && m.tabeller() != null
          && m.filer() != null && m.tabeller().values().stream().allMatch(t -> t != null && t.sha256() != null)
          && m.filer().values().stream().allMatch(s -> s != null && s >= 0);
      return complete ? m : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Bytes every entry of the zip expands to, by the manifest. */
  long expandedSize() {
    return tabeller.values().stream().mapToLong(Tabell::storlek).sum() + filer.values().stream().mapToLong(Long::longValue).sum();
  }
}
