package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link Block.BarChart}: its title as a bold paragraph, then a box of bars on a baseline with each
 * value above its bar and each label below, kept together on one page and tagged as a Figure with alt text.
 */
final class ChartLayouter {
  static final float PLOT_HEIGHT = 120f;
  static final float LABEL_SIZE = 8.5f;
  static final float TITLE_SIZE = 10f;
  private static final float MAX_BAR = 56f;
  private static final float CHART_WIDTH = 340f;

  private ChartLayouter() {}

  /** The height a chart takes, title and labels included. */
  static float height() {
    return TITLE_SIZE * 1.6f + LABEL_SIZE * 1.6f + PLOT_HEIGHT + LABEL_SIZE * 2.2f;
  }

  static void chart(PageFlow flow, TextMeasure measure, Block.BarChart chart, StructNode parent) {
    flow.space(6f);
    flow.ensure(height());
    StructNode title = parent.add("P");
    flow.text(PageFlow.LEFT, TITLE_SIZE * 1.4f, TITLE_SIZE, true,
        measure.printable(Typografi.apply(chart.title())), title);
    flow.down(TITLE_SIZE * 1.6f + LABEL_SIZE * 1.6f);
    StructNode node = parent.add("Figure");
    node.alt = chart.alt();
    float baseline = flow.y() - PLOT_HEIGHT;
    flow.page().figures.add(figure(flow, measure, chart, node, baseline));
    flow.down(PLOT_HEIGHT + LABEL_SIZE * 2.2f);
    flow.down(6f);
  }

  private static LaidPage.Figure figure(PageFlow flow, TextMeasure measure, Block.BarChart chart, StructNode node,
      float baseline) {
    int n = chart.values().size();
    int max = Math.max(1, chart.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    float slot = CHART_WIDTH / n;
    float barWidth = Math.min(MAX_BAR, slot * 0.6f);
    float left = PageFlow.LEFT + 10f;
    List<LaidPage.Bar> bars = new ArrayList<>();
    List<LaidPage.Run> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int value = chart.values().get(i);
      float centre = left + slot * i + slot / 2;
      float h = PLOT_HEIGHT * value / max;
      bars.add(new LaidPage.Bar(centre - barWidth / 2, baseline, barWidth, h));
      runs.add(centred(measure, Integer.toString(value), true, centre, baseline + h + 3f));
      runs.add(centred(measure, Typografi.drawn(measure.printable(Typografi.apply(chart.labels().get(i)))), false, centre, baseline - LABEL_SIZE - 3f));
    }
    List<LaidPage.Rule> rules = List.of(new LaidPage.Rule(left, baseline, left + CHART_WIDTH, baseline, 0.8f));
    return new LaidPage.Figure(node, bars, rules, runs, flow.page().runs.size());
  }

  private static LaidPage.Run centred(TextMeasure measure, String text, boolean bold, float centre, float y) {
    float width = measure.width(text, bold, LABEL_SIZE);
    return new LaidPage.Run(centre - width / 2, y, bold, LABEL_SIZE, text, null);
  }
}
