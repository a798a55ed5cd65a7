package se.namndbok.reports.layout;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A whole document: its title (XMP dc:title and the window title), its author (the nämnd), the running header printed at the top of
 * each page (the meeting's name and date), the creation time written into the metadata, and the blocks;
 * {@code footerNote} is printed at the left of every page's footer (a protokoll's "Justerandes signatur"), "" for none. Blocks
 * outside sections come first (a first page, a contents); sections follow.
 */
public record ReportDocument(String title, String author, String runningHeader, OffsetDateTime created,
    List<Block> blocks, String footerNote) {

  public ReportDocument(String title, String author, String runningHeader, OffsetDateTime created, List<Block> blocks) {
    this(title, author, runningHeader, created, blocks, "");
  }

  public ReportDocument {
    footerNote = footerNote == null ? "" : footerNote;
    Objects.requireNonNull(title);
    Objects.requireNonNull(author);
    Objects.requireNonNull(runningHeader);
    created = created.truncatedTo(ChronoUnit.SECONDS);
    blocks = List.copyOf(blocks);
  }
}
