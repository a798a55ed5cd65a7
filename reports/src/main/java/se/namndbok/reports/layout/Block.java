package se.namndbok.reports.layout;

import java.util.List;
import java.util.Objects;

/**
 * What goes on the pages, independent of how it is drawn. Renderers build a list of blocks; {@link Layouter}
 * flows them over A4 pages and {@link Painter} draws them.
 */
public sealed interface Block {

  /** A heading; level 1 to 3, tagged H1 to H3. */
  record Heading(int level, String text) implements Block {
    public Heading {
      if (level < 1 || level > 3) {
        throw new IllegalArgumentException("heading level " + level);
      }
      Objects.requireNonNull(text);
    }
  }

  /** A paragraph that wraps at the right margin; tagged P. */
  record Paragraph(String text, boolean bold) implements Block {
    public Paragraph(String text) {
      this(text, false);
    }
  }

  /** A bold key with its value beside it ("Tid  torsdag 23 oktober 2025 kl. 08:15"); tagged P. */
  record KeyValue(String key, String value) implements Block {}

  /**
   * A list; tagged L, LI, Lbl, LBody. Items are bulleted ("•"), numbered ("1.") or plain (no label). A list of
   * {@code columns} 2 (short entries such as names, without labels) is set in two columns, read down the first,
   * then the second, and kept on one page.
   */
  record BulletList(List<String> items, Marker marker, int columns) implements Block {
    /** How each item is labelled. */
    public enum Marker { BULLET, NUMBER, NONE }

    public BulletList {
      items = List.copyOf(items);
      Objects.requireNonNull(marker);
      if (columns < 1 || columns > 2) {
        throw new IllegalArgumentException("one or two columns");
      }
    }

    public BulletList(List<String> items, Marker marker) {
      this(items, marker, 1);
    }

    /** A bulleted list. */
    public BulletList(List<String> items) {
      this(items, Marker.BULLET, 1);
    }
  }

  /** Blocks kept on one page when they fit on one (a signature, an anslagsbevis); tagged as their parts. */
  record KeepTogether(List<Block> blocks) implements Block {
    public KeepTogether {
      blocks = List.copyOf(blocks);
      if (blocks.stream().anyMatch(b -> b instanceof Section || b instanceof PageBreak)) {
        throw new IllegalArgumentException("sections and page breaks are not kept together");
      }
    }
  }

  /** What a table row is: an ordinary row, a group heading, or a sum. */
  enum RowKind {
    /** An ordinary row. */
    BODY,
    /** A group heading (bold, its text in the first cell): kept with the row after it, repeated on a new page. */
    GROUP,
    /** A sum (bold): kept with the row before it, so a total never stands alone on a page. */
    SUM,
    /** A row that belongs to the one before it (a contents row of a punkt's bilaga): kept with it, regular weight. */
    SUB
  }

  /**
   * A table with one header row that repeats on every page it flows over; tagged Table, TR, TH, TD. The table is
   * split only between rows, leaving at least two rows on each side; a column of figures is right-aligned.
   *
   * @param widths relative column widths, one per column
   * @param caption printed above the repeated header on a continuation page as "caption (forts.)" (e.g. the
   *     delegat whose decisions the table lists); null for none
   */
  record Table(List<Double> widths, List<String> header, List<List<String>> rows, List<RowKind> kinds,
      String caption) implements Block {
    public Table {
      widths = List.copyOf(widths);
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      kinds = List.copyOf(kinds);
      int columns = widths.size();
      if (header.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
        throw new IllegalArgumentException("every row needs one cell per column");
      }
      if (kinds.size() != rows.size()) {
        throw new IllegalArgumentException("kinds needs one kind per row");
      }
    }

    /** A table with every body row in regular weight. */
    public Table(List<Double> widths, List<String> header, List<List<String>> rows) {
      this(widths, header, rows, rows.stream().map(r -> RowKind.BODY).toList(), null);
    }

    /** A table whose bold rows are sums. */
    public Table(List<Double> widths, List<String> header, List<List<String>> rows, List<Boolean> boldRows) {
      this(widths, header, rows, boldRows.stream().map(b -> b ? RowKind.SUM : RowKind.BODY).toList(), null);
    }

    /** The same table with a caption for its continuation pages. */
    public Table withCaption(String text) {
      return new Table(widths, header, rows, kinds, text);
    }

    boolean bold(int row) {
      return kinds.get(row) == RowKind.GROUP || kinds.get(row) == RowKind.SUM;
    }
  }

  /**
   * A bar chart drawn as vector graphics (one bar per label, its value above it), kept on one page. Tagged as a
   * Figure whose alternative text {@code alt} must give the same figures in words for a screen reader.
   */
  record BarChart(String title, String alt, List<String> labels, List<Integer> values) implements Block {
    public BarChart {
      Objects.requireNonNull(title);
      Objects.requireNonNull(alt);
      labels = List.copyOf(labels);
      values = List.copyOf(values);
      if (alt.isBlank() || labels.size() != values.size() || labels.isEmpty()) {
        throw new IllegalArgumentException("a chart needs alt text and one value per label");
      }
      if (values.stream().anyMatch(v -> v < 0)) {
        throw new IllegalArgumentException("bars are counts, not negative");
      }
    }
  }

  /**
   * An image (a nämnd's logo, PNG or SVG) at the left margin, {@code height} points high, its width from its own
   * proportions (at most the text width). Tagged as a Figure with {@code alt} as its alternative text.
   */
  record Image(byte[] data, String alt, float height) implements Block {
    public Image {
      Objects.requireNonNull(data);
      if (alt == null || alt.isBlank() || height <= 0) {
        throw new IllegalArgumentException("an image needs alt text and a height");
      }
    }
  }

  /** Continue on a new page. */
  record PageBreak() implements Block {}

  /**
   * A table of contents: one row per section, the last column the page or page range ("7–67") where the section
   * and its attachments stand, filled in by the layouter; a row may instead point at one attachment of a
   * section (indented, its first page). Tagged TOC, TOCI. {@code widths} and {@code header} include the page
   * column; the rows' cells do not.
   */
  record Contents(List<Double> widths, List<String> header, List<ContentsRow> rows) implements Block {
    public Contents {
      widths = List.copyOf(widths);
      header = List.copyOf(header);
      rows = List.copyOf(rows);
      int columns = widths.size();
      if (header.size() != columns || rows.stream().anyMatch(r -> r.cells().size() != columns - 1)) {
        throw new IllegalArgumentException("contents rows need one cell per column but the page column");
      }
    }
  }

  /**
   * One contents row: the cells before the page column and the id of the section it points at; {@code
   * attachment} is the 0-based index of the section's attachment the row points at, or -1 for the section.
   */
  record ContentsRow(List<String> cells, String sectionId, int attachment) {
    public ContentsRow {
      cells = List.copyOf(cells);
    }

    public ContentsRow(List<String> cells, String sectionId) {
      this(cells, sectionId, -1);
    }

    /** The key of its page label: the section id, or "id#n" for attachment n. */
    String target() {
      return attachment < 0 ? sectionId : sectionId + "#" + attachment;
    }
  }

  /**
   * A part that starts on a new page, gets a bookmark, and is followed directly by its attachments' pages.
   * Tagged Sect.
   */
  record Section(String id, String bookmark, List<Block> blocks, List<Attachment> attachments)
      implements Block {
    public Section {
      Objects.requireNonNull(id);
      blocks = List.copyOf(blocks);
      attachments = List.copyOf(attachments);
      if (blocks.stream().anyMatch(b -> b instanceof Section)) {
        throw new IllegalArgumentException("sections do not nest");
      }
    }
  }
}
