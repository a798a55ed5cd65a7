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

  /** A bullet list; tagged L, LI, Lbl, LBody. */
  record BulletList(List<String> items) implements Block {
    public BulletList {
      items = List.copyOf(items);
    }
  }

  /**
   * A table with one header row that repeats on every page it flows over; tagged Table, TR, TH, TD.
   *
   * @param widths relative column widths, one per column
   */
  record Table(List<Double> widths, List<String> header, List<List<String>> rows, List<Boolean> boldRows)
      implements Block {
    public Table {
      widths = List.copyOf(widths);
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      boldRows = List.copyOf(boldRows);
      int columns = widths.size();
      if (header.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
        throw new IllegalArgumentException("every row needs one cell per column");
      }
      if (boldRows.size() != rows.size()) {
        throw new IllegalArgumentException("boldRows needs one flag per row");
      }
    }

    /** A table with every body row in regular weight. */
    public Table(List<Double> widths, List<String> header, List<List<String>> rows) {
      this(widths, header, rows, rows.stream().map(r -> false).toList());
    }

    boolean bold(int row) {
      return boldRows.get(row);
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

  /** Continue on a new page. */
  record PageBreak() implements Block {}

  /**
   * A table of contents: one row per section, the last column the page or page range ("7 - 67") where the
   * section and its attachments stand, filled in by the layouter. Tagged TOC, TOCI. {@code widths} and
   * {@code header} include the page column; the rows' cells do not.
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

  /** One contents row: the cells before the page column, and the id of the section it points at. */
  record ContentsRow(List<String> cells, String sectionId) {
    public ContentsRow {
      cells = List.copyOf(cells);
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
