package se.namndbok.reports.anmalan;

import java.time.OffsetDateTime;
import java.util.List;
import se.namndbok.reports.layout.Block;

/**
 * The entries of one kind reported to one sammanträde, ready-formatted: what {@link AnmalanPdf} prints. The kinds
 * (delegationsbeslut, meddelanden) differ only in their rows, texts and how the rows are laid out.
 *
 * @param <R> the kind's row
 */
public interface AnmalanRedovisning<R extends AnmalanRad<R>> {
  String kommun();

  String namnd();

  /** The meeting's date, yyyy-MM-dd. */
  String datum();

  List<R> rader();

  OffsetDateTime skapad();

  /** "Redovisning av delegationsbeslut". */
  String rubrik();

  /** The sentence before the entries ("" for none). */
  String inledning();

  /** What is printed when there is nothing to report. */
  String tom();

  /** Nothing to report. */
  boolean tomt();

  /** The period the entries cover, ready-formatted ("" for none). */
  default String period() {
    return "";
  }

  /** What the period is called on the page. */
  default String periodRubrik() {
    return "Period";
  }

  /** The rows (as printed in the version being written) laid out. */
  List<Block> blocks(List<R> rader);
}
