package se.namndbok.reports.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Printed page numbers once attachments are merged: our page {@code i} is preceded by all our earlier pages and
 * all attachment pages merged before it. A section's label is its first page, or "first–last" where the last
 * page is the last page of its final attachment; attachment n of a section ("id#n") is labelled with its own
 * first page, or its range.
 */
final class Pagination {
  private final int[] numbers;
  private final int[] attachmentPagesAfter;
  private final int total;
  private final Map<String, String> labels = new HashMap<>();

  Pagination(List<LaidPage> pages, Map<String, Layouter.Span> spans, ToIntFunction<Attachment> pageCount) {
    numbers = new int[pages.size()];
    attachmentPagesAfter = new int[pages.size()];
    int next = 1;
    for (int i = 0; i < pages.size(); i++) {
      numbers[i] = next;
      attachmentPagesAfter[i] = pages.get(i).attachmentsAfter.stream().mapToInt(pageCount).sum();
      next += 1 + attachmentPagesAfter[i];
    }
    total = next - 1;
    spans.forEach((id, span) -> {
      labels.put(id, label(span));
      int first = numbers[span.lastPage()] + 1;
      List<Attachment> attachments = pages.get(span.lastPage()).attachmentsAfter;
      for (int n = 0; n < attachments.size(); n++) {
        int count = pageCount.applyAsInt(attachments.get(n));
        labels.put(id + "#" + n, range(first, first + count - 1));
        first += count;
      }
    });
  }

  /** A label wide enough for any real one, used before the first pass has numbers. */
  static String placeholder(String target) {
    return "9999–9999";
  }

  private String label(Layouter.Span span) {
    return range(numbers[span.firstPage()], numbers[span.lastPage()] + attachmentPagesAfter[span.lastPage()]);
  }

  /** "7", or "7–67" with an en dash. */
  static String range(int first, int last) {
    return first == last ? Integer.toString(first) : first + "–" + last;
  }

  int number(int ourPage) {
    return numbers[ourPage];
  }

  int total() {
    return total;
  }

  String label(String target) {
    return labels.getOrDefault(target, "");
  }

  Map<String, String> labels() {
    return Map.copyOf(labels);
  }
}
