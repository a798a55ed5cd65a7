package se.namndbok.core.backup;

import java.util.Map;

/** What a backup holds: rows per table and the number of stored files. */
public record BackupSummary(String schemaVersion, Map<String, Integer> rows, int files) {
  public int totalRows() {
    return rows.values().stream().mapToInt(Integer::intValue).sum();
  }
}
