package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Flows blocks over A4 pages. Pure: produces {@link LaidPage}s and the structure tree, draws nothing. The
 * contents' page column comes from {@code pageLabels} (section id → "7–67"), computed from a previous pass.
 * A heading stands on the page where what follows it starts (with at least its first two lines, or its first
 * table rows); text breaks only where {@link Lines} allows (decision record 0111).
 */
final class Layouter {
  static final float BODY = 10.5f;
  static final float BODY_LINE = 14f;
  private static final float[] HEADING_SIZE = {0, 16f, 12.5f, 11f};
  private static final float[] HEADING_SPACE = {0, 14f, 10f, 8f};
  private static final float HEADING_AFTER = 4f;
  private static final float KEY_WIDTH = 82f;
  private static final float MAX_KEY_COLUMN = (PageFlow.RIGHT - PageFlow.LEFT) / 2;
  private static final float COLUMN_GAP = 18f;
  private static final float BULLET_INDENT = 22f;

  /** Where a section landed: our own page indexes, before attachments are counted in. */
  record Span(int firstPage, int lastPage, StructNode node) {}

  /** A bookmark to a section's first page. */
  record Mark(String title, int page, String sectionId) {}

  /** The result of one pass; {@code labels}: where it drew the contents' page labels. */
  record Result(List<LaidPage> pages, StructNode root, Map<String, Span> spans, List<Mark> marks,
      ContentsLabels labels) {}

  private final TextMeasure measure;
  private final TextWrapper wrapper;
  private final TableLayouter tables;
  private final Function<String, String> pageLabels;
  private final PageFlow flow;
  private final StructNode root = StructNode.root();
  private final Map<String, Span> spans = new HashMap<>();
  private final ContentsLabels labels = new ContentsLabels();
  private final List<Mark> marks = new ArrayList<>();
  /** Set after a section: whatever follows its attachments starts on a new page. */
  private boolean forceBreak;

  private Layouter(TextWrapper wrapper, Function<String, String> pageLabels) {
    this.measure = wrapper.measure();
    this.wrapper = wrapper;
    this.flow = new PageFlow(measure);
    this.tables = new TableLayouter(flow, wrapper, labels);
    this.pageLabels = pageLabels;
  }

  static Result layout(List<Block> blocks, TextMeasure measure, Function<String, String> pageLabels) {
    return layout(blocks, new TextWrapper(measure), pageLabels);
  }

  /** With a wrapper that keeps its wrapped lines from an earlier pass over the same blocks. */
  static Result layout(List<Block> blocks, TextWrapper wrapper, Function<String, String> pageLabels) {
    Layouter layouter = new Layouter(wrapper, pageLabels);
    layouter.blocks(blocks, layouter.root);
    List<LaidPage> pages = layouter.flow.pages;
    if (pages.size() > 1 && pages.getLast().runs.isEmpty() && pages.getLast().attachmentsAfter.isEmpty()) {
      pages.removeLast();
    }
    return new Result(layouter.flow.pages, layouter.root, layouter.spans, layouter.marks, layouter.labels);
  }

  /**
   * The next pass: {@code previous} (its pages changed in place) with {@code pageLabels} in the contents, when
   * they take as many lines as the labels drawn there ({@link ContentsLabels}); otherwise the blocks laid out
   * again. Either way the same result as laying out {@code blocks} with {@code pageLabels}.
   */
  static Result next(Result previous, List<Block> blocks, TextWrapper wrapper, Function<String, String> pageLabels) {
    if (previous.labels().relabel(previous.pages(), wrapper, pageLabels)) {
      return previous;
    }
    return layout(blocks, wrapper, pageLabels);
  }

  private void blocks(List<Block> list, StructNode parent) {
    float keyColumn = KEY_WIDTH;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Block.KeyValue && (i == 0 || !(list.get(i - 1) instanceof Block.KeyValue))) {
        keyColumn = keyColumn(list.subList(i, list.size()));
      }
      block(list.get(i), parent, list.subList(i + 1, list.size()), keyColumn);
    }
  }

  /**
   * The key column of the key–value rows that begin {@code blocks}, up to the first other block: wide enough for
   * the widest of their keys, so that their values start at the same x ("Sekreterare" sets it for "Datum", "Tid"
   * and "Plats" in a kallelse). A key wider than half the line does not widen the column for the others; its own
   * row starts its value after it.
   */
  private float keyColumn(List<Block> blocks) {
    float width = KEY_WIDTH;
    for (Block b : blocks) {
      if (!(b instanceof Block.KeyValue kv)) {
        break;
      }
      float needed = keyWidth(kv);
      if (needed <= MAX_KEY_COLUMN) {
        width = Math.max(width, needed);
      }
    }
    return width;
  }

  /** The width a key takes with the gap before its value. */
  private float keyWidth(Block.KeyValue kv) {
    return wrapper.width(key(kv), true, BODY) + 12f;
  }

  private void block(Block block, StructNode parent, List<Block> following, float keyColumn) {
    if (forceBreak && !(block instanceof Block.Section)) {
      flow.newPage();
    }
    forceBreak = false;
    switch (block) {
      case Block.Heading h -> heading(h, parent, following);
      case Block.Paragraph p -> LinePlacer.place(flow, paragraph(p), new StructNode[] {parent.add("P")});
      case Block.KeyValue kv -> LinePlacer.place(flow, keyValue(kv, keyColumn), new StructNode[] {parent.add("P")});
      case Block.BulletList list when list.columns() == 2 -> twoColumns(list, listNodes(list, parent));
      case Block.BulletList list -> LinePlacer.place(flow, bullets(list), listNodes(list, parent));
      case Block.Table table -> tables.table(table, parent);
      case Block.BarChart chart -> ChartLayouter.chart(flow, measure, chart, parent);
      case Block.Contents contents -> tables.contents(contents, parent, pageLabels);
      case Block.PageBreak pb -> flow.freshPage();
      case Block.Section section -> section(section, parent);
      case Block.KeepTogether keep -> keepTogether(keep, parent);
      case Block.Image image -> image(image, parent);
    }
  }

  private void section(Block.Section section, StructNode parent) {
    flow.freshPage();
    int first = flow.pageIndex();
    StructNode sect = parent.add("Sect");
    blocks(section.blocks(), sect);
    flow.page().attachmentsAfter.addAll(section.attachments());
    spans.put(section.id(), new Span(first, flow.pageIndex(), sect));
    if (section.bookmark() != null) {
      marks.add(new Mark(section.bookmark(), first, section.id()));
    }
    forceBreak = true;
  }

  private void heading(Block.Heading heading, StructNode parent, List<Block> following) {
    List<String> lines = headingLines(heading);
    float size = HEADING_SIZE[heading.level()];
    flow.space(HEADING_SPACE[heading.level()]);
    flow.ensure(Math.min(flow.capacity(), lines.size() * size * 1.3f + HEADING_AFTER + lead(following)));
    StructNode node = parent.add("H" + heading.level());
    for (String text : lines) {
      flow.text(PageFlow.LEFT, size * 1.3f, size, true, text, node);
      flow.down(size * 1.3f);
    }
    flow.down(HEADING_AFTER);
  }

  private List<String> headingLines(Block.Heading heading) {
    return wrapper.wrap(heading.text(), PageFlow.RIGHT - PageFlow.LEFT, true, HEADING_SIZE[heading.level()]);
  }

  /** How much of {@code following} must stand on the page where it starts: the keep-with-next of a heading. */
  private float lead(List<Block> following) {
    if (following.isEmpty()) {
      return 0;
    }
    return switch (following.getFirst()) {
      case Block.Heading h -> HEADING_SPACE[h.level()] + headingLines(h).size() * HEADING_SIZE[h.level()] * 1.3f
          + HEADING_AFTER + lead(following.subList(1, following.size()));
      case Block.Paragraph p -> paragraph(p).lead();
      case Block.KeyValue kv -> keyValue(kv, keyColumn(following)).lead();
      case Block.BulletList list when list.columns() == 2 -> twoColumnHeight(list);
      case Block.BulletList list -> bullets(list).lead();
      case Block.Table table -> tables.lead(table);
      case Block.Contents contents -> tables.lead(contents, pageLabels);
      case Block.BarChart chart -> ChartLayouter.height();
      case Block.KeepTogether keep -> Math.min(flow.capacity(), height(keep.blocks()));
      case Block.Image image -> image.height() + 6f;
      case Block.PageBreak pb -> 0;
      case Block.Section s -> 0;
    };
  }

  private Lines paragraph(Block.Paragraph p) {
    Lines block = new Lines();
    List<Lines.Line> unit = new ArrayList<>();
    for (String line : wrapper.wrap(p.text(), PageFlow.RIGHT - PageFlow.LEFT, p.bold(), BODY)) {
      unit.add(new Lines.Line(List.of(new Lines.Seg(PageFlow.LEFT, BODY, p.bold(), line, 0)), BODY_LINE, 0));
    }
    block.addUnit(unit);
    block.after = 5f;
    return block.close();
  }

  private String key(Block.KeyValue kv) {
    return measure.printable(Typografi.apply(kv.key()));
  }

  /**
   * A key and its value: the value starts in the group's key column, or after a key too wide for it; a key wider
   * than half the line stands on its own line(s) and its value below it, in the column.
   */
  private Lines keyValue(Block.KeyValue kv, float keyColumn) {
    boolean keyAbove = keyWidth(kv) > MAX_KEY_COLUMN;
    List<String> keys = keyAbove ? wrapper.wrap(kv.key(), PageFlow.RIGHT - PageFlow.LEFT, true, BODY)
        : List.of(key(kv));
    float valueX = PageFlow.LEFT + (keyAbove ? keyColumn : Math.max(keyColumn, keyWidth(kv)));
    List<String> values = wrapper.wrap(kv.value(), PageFlow.RIGHT - valueX, false, BODY);
    int firstValue = keyAbove ? keys.size() : 0;
    List<Lines.Line> unit = new ArrayList<>();
    for (int i = 0; i < Math.max(keys.size(), firstValue + values.size()); i++) {
      List<Lines.Seg> segs = new ArrayList<>();
      if (i < keys.size()) {
        segs.add(new Lines.Seg(PageFlow.LEFT, BODY, true, keys.get(i), 0));
      }
      if (i >= firstValue && i - firstValue < values.size()) {
        segs.add(new Lines.Seg(valueX, BODY, false, values.get(i - firstValue), 0));
      }
      unit.add(new Lines.Line(segs, BODY_LINE, 0));
    }
    Lines block = new Lines();
    block.addUnit(unit);
    block.after = 3f;
    return block.close();
  }

  private Lines bullets(Block.BulletList list) {
    Lines block = new Lines();
    float indent = list.marker() == Block.BulletList.Marker.NONE ? 0 : BULLET_INDENT;
    for (int item = 0; item < list.items().size(); item++) {
      List<String> lines = wrapper.wrap(list.items().get(item), PageFlow.RIGHT - PageFlow.LEFT - indent, false, BODY);
      List<Lines.Line> unit = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        List<Lines.Seg> segs = new ArrayList<>();
        if (i == 0 && list.marker() != Block.BulletList.Marker.NONE) {
          String label = list.marker() == Block.BulletList.Marker.BULLET ? "•" : (item + 1) + ".";
          segs.add(new Lines.Seg(PageFlow.LEFT + (list.marker() == Block.BulletList.Marker.BULLET ? 8f : 2f), BODY,
              false, label, 2 * item));
        }
        segs.add(new Lines.Seg(PageFlow.LEFT + indent, BODY, false, lines.get(i), 2 * item + 1));
        unit.add(new Lines.Line(segs, BODY_LINE, i + 1 == lines.size() ? 2f : 0));
      }
      block.addUnit(unit);
    }
    block.after = 4f;
    return block.close();
  }

  /**
   * A short list in two columns, kept on one page: the first half down the left column, the rest down the right;
   * painted in that order, so reading order is page order.
   */
  private void twoColumns(Block.BulletList list, StructNode[] slots) {
    List<List<String>> items = columnItems(list);
    int rows = (items.size() + 1) / 2;
    flow.ensure(twoColumnHeight(list));
    float top = flow.y();
    float bottom = top;
    for (int column = 0; column < 2; column++) {
      flow.moveTo(top);
      float x = PageFlow.LEFT + column * (columnWidth() + COLUMN_GAP);
      for (int item = column * rows; item < Math.min(items.size(), (column + 1) * rows); item++) {
        for (String line : items.get(item)) {
          flow.text(x, BODY_LINE, BODY, false, line, slots[2 * item + 1]);
          flow.down(BODY_LINE);
        }
      }
      bottom = Math.min(bottom, flow.y());
    }
    flow.moveTo(bottom - 4f);
  }

  private float twoColumnHeight(Block.BulletList list) {
    List<List<String>> items = columnItems(list);
    int rows = (items.size() + 1) / 2;
    int left = items.subList(0, rows).stream().mapToInt(List::size).sum();
    int right = items.subList(rows, items.size()).stream().mapToInt(List::size).sum();
    return Math.max(left, right) * BODY_LINE + 4f;
  }

  private List<List<String>> columnItems(Block.BulletList list) {
    return list.items().stream().map(i -> wrapper.wrap(i, columnWidth(), false, BODY)).toList();
  }

  private static float columnWidth() {
    return (PageFlow.RIGHT - PageFlow.LEFT - COLUMN_GAP) / 2;
  }

  /** L, then per item LI with Lbl (left out for a plain list) and LBody: slots 2i and 2i+1. */
  private static StructNode[] listNodes(Block.BulletList list, StructNode parent) {
    StructNode l = parent.add("L");
    StructNode[] slots = new StructNode[2 * list.items().size()];
    for (int item = 0; item < list.items().size(); item++) {
      StructNode li = l.add("LI");
      if (list.marker() != Block.BulletList.Marker.NONE) {
        slots[2 * item] = li.add("Lbl");
      }
      slots[2 * item + 1] = li.add("LBody");
    }
    return slots;
  }

  private void image(Block.Image image, StructNode parent) {
    float width = Math.min(PageFlow.RIGHT - PageFlow.LEFT, image.height() * LogoImages.aspect(image.data()));
    float height = width / LogoImages.aspect(image.data());
    flow.ensure(height + 6f);
    StructNode figure = parent.add("Figure");
    figure.alt = image.alt();
    flow.page().pictures.add(new LaidPage.Picture(PageFlow.LEFT, flow.y() - height, width, height, image.data(),
        figure, flow.page().runs.size()));
    flow.down(height + 6f);
  }

  private void keepTogether(Block.KeepTogether keep, StructNode parent) {
    float height = height(keep.blocks());
    if (height <= flow.capacity()) {
      flow.ensure(height);
    }
    blocks(keep.blocks(), parent);
  }

  /** The height {@code blocks} take laid out from the top of an empty page (more than a page when they spill). */
  private float height(List<Block> blocks) {
    Layouter scratch = new Layouter(wrapper, pageLabels);
    scratch.blocks(blocks, scratch.root);
    int pages = scratch.flow.pages.size();
    return (pages - 1) * flow.capacity() + (PageFlow.TOP - scratch.flow.y());
  }
}
