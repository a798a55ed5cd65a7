package se.namndbok.reports.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Flows blocks over A4 pages. Pure: produces {@link LaidPage}s and the structure tree, draws nothing. The
 * contents' page column comes from {@code pageLabels} (section id → "7 - 67"), computed from a previous pass.
 */
final class Layouter {
  static final float BODY = 10.5f;
  static final float BODY_LINE = 14f;
  private static final float[] HEADING_SIZE = {0, 16f, 12.5f, 11f};
  private static final float[] HEADING_SPACE = {0, 14f, 10f, 8f};
  private static final float KEY_WIDTH = 70f;
  private static final float BULLET_INDENT = 22f;

  /** Where a section landed: our own page indexes, before attachments are counted in. */
  record Span(int firstPage, int lastPage, StructNode node) {}

  /** A bookmark to a section's first page. */
  record Mark(String title, int page, String sectionId) {}

  /** The result of one pass. */
  record Result(List<LaidPage> pages, StructNode root, Map<String, Span> spans, List<Mark> marks) {}

  private final TextMeasure measure;
  private final TextWrapper wrapper;
  private final TableLayouter tables;
  private final Function<String, String> pageLabels;
  private final PageFlow flow = new PageFlow();
  private final StructNode root = StructNode.root();
  private final Map<String, Span> spans = new HashMap<>();
  private final List<Mark> marks = new java.util.ArrayList<>();
  /** Set after a section: whatever follows its attachments starts on a new page. */
  private boolean forceBreak;

  private Layouter(TextMeasure measure, Function<String, String> pageLabels) {
    this.measure = measure;
    this.wrapper = new TextWrapper(measure);
    this.tables = new TableLayouter(flow, wrapper);
    this.pageLabels = pageLabels;
  }

  static Result layout(List<Block> blocks, TextMeasure measure, Function<String, String> pageLabels) {
    Layouter layouter = new Layouter(measure, pageLabels);
    for (Block block : blocks) {
      layouter.block(block, layouter.root);
    }
    List<LaidPage> pages = layouter.flow.pages;
    if (pages.size() > 1 && pages.getLast().runs.isEmpty() && pages.getLast().attachmentsAfter.isEmpty()) {
      pages.removeLast();
    }
    return new Result(layouter.flow.pages, layouter.root, layouter.spans, layouter.marks);
  }

  private void block(Block block, StructNode parent) {
    if (forceBreak && !(block instanceof Block.Section)) {
      flow.newPage();
    }
    forceBreak = false;
    switch (block) {
      case Block.Heading h -> heading(h, parent);
      case Block.Paragraph p -> paragraph(p.text(), p.bold(), parent.add("P"), PageFlow.LEFT);
      case Block.KeyValue kv -> keyValue(kv, parent);
      case Block.BulletList list -> bullets(list, parent);
      case Block.Table table -> tables.table(table, parent);
      case Block.BarChart chart -> ChartLayouter.chart(flow, measure, chart, parent);
      case Block.Contents contents -> tables.contents(contents, parent, pageLabels);
      case Block.PageBreak pb -> flow.freshPage();
      case Block.Section section -> section(section, parent);
    }
  }

  private void section(Block.Section section, StructNode parent) {
    flow.freshPage();
    int first = flow.pageIndex();
    StructNode sect = parent.add("Sect");
    for (Block block : section.blocks()) {
      block(block, sect);
    }
    flow.page().attachmentsAfter.addAll(section.attachments());
    spans.put(section.id(), new Span(first, flow.pageIndex(), sect));
    if (section.bookmark() != null) {
      marks.add(new Mark(section.bookmark(), first, section.id()));
    }
    forceBreak = true;
  }

  private void heading(Block.Heading heading, StructNode parent) {
    float size = HEADING_SIZE[heading.level()];
    float line = size * 1.3f;
    List<String> lines = wrapper.wrap(heading.text(), PageFlow.RIGHT - PageFlow.LEFT, true, size);
    flow.space(HEADING_SPACE[heading.level()]);
    flow.ensure(lines.size() * line + 2 * BODY_LINE);
    StructNode node = parent.add("H" + heading.level());
    for (String text : lines) {
      flow.text(PageFlow.LEFT, line, size, true, text, node);
      flow.down(line);
    }
    flow.down(4f);
  }

  private void paragraph(String text, boolean bold, StructNode node, float x) {
    for (String line : wrapper.wrap(text, PageFlow.RIGHT - x, bold, BODY)) {
      flow.ensure(BODY_LINE);
      flow.text(x, BODY_LINE, BODY, bold, line, node);
      flow.down(BODY_LINE);
    }
    flow.down(5f);
  }

  private void keyValue(Block.KeyValue kv, StructNode parent) {
    StructNode node = parent.add("P");
    float keyWidth = Math.max(KEY_WIDTH, measure.width(measure.printable(kv.key()), true, BODY) + 12f);
    List<String> lines = wrapper.wrap(kv.value(), PageFlow.RIGHT - PageFlow.LEFT - keyWidth, false, BODY);
    flow.ensure(BODY_LINE);
    flow.text(PageFlow.LEFT, BODY_LINE, BODY, true, measure.printable(kv.key()), node);
    for (String line : lines) {
      flow.ensure(BODY_LINE);
      flow.text(PageFlow.LEFT + keyWidth, BODY_LINE, BODY, false, line, node);
      flow.down(BODY_LINE);
    }
    flow.down(3f);
  }

  private void bullets(Block.BulletList list, StructNode parent) {
    StructNode l = parent.add("L");
    for (String item : list.items()) {
      StructNode li = l.add("LI");
      StructNode label = li.add("Lbl");
      StructNode body = li.add("LBody");
      List<String> lines = wrapper.wrap(item, PageFlow.RIGHT - PageFlow.LEFT - BULLET_INDENT, false, BODY);
      for (int i = 0; i < lines.size(); i++) {
        flow.ensure(BODY_LINE);
        if (i == 0) {
          flow.text(PageFlow.LEFT + 8f, BODY_LINE, BODY, false, "•", label);
        }
        flow.text(PageFlow.LEFT + BULLET_INDENT, BODY_LINE, BODY, false, lines.get(i), body);
        flow.down(BODY_LINE);
      }
      flow.down(2f);
    }
    flow.down(4f);
  }
}
