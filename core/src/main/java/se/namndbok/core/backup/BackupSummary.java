package se.namndbok.core.backup;

import java.util.Map;

/**
 * What a backup holds: when it was made, from which nämnd, rows per table and the number of stored files — the
 * preview a restore from the window shows before anything is replaced.
 */
public record BackupSummary(String schemaVersion, Map<String, Integer> rows, int files, String skapad, String namnd) {
  public BackupSummary(String schemaVersion, Map<String, Integer> rows, int files) {
    this(schemaVersion, rows, files, null, null);
  }

  public int totalRows() {
    return rows.values().stream().mapToInt(Integer::intValue).sum();
  }

  static BackupSummary of(Manifest m) {
    Map<String, Integer> rows = new java.util.LinkedHashMap<>();
    m.tabeller().forEach((t, tabell) -> rows.put(t, (int) Math.min(Integer.MAX_VALUE, tabell.rader())));
    return new BackupSummary(m.schemaVersion(), rows, m.filer().size(), m.skapad(), m.namnd());
  }
}
