package se.namndbok.app.protokoll;

import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.MeetingDocumentViewModel;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.sekretess.Version;

/**
 * "Protokollsutdrag …" of one § of a justerat protokoll, the same way as the protokoll's buttons: the § chosen in
 * the row is set with {@link #paragraf(int)} before {@code export}.
 */
public final class ProtokollsutdragViewModel extends MeetingDocumentViewModel {
  private final int[] paragraf;

  public ProtokollsutdragViewModel(AppServices services, TaskExecutor executor) {
    this(services, executor, new int[1]);
  }

  private ProtokollsutdragViewModel(AppServices services, TaskExecutor executor, int[] paragraf) {
    super(services, executor, "protokollsutdrag", ".skapar.offentligt",
        (s, mote, version, out, progress) -> new ProtokollExport(s.core())
            .utdrag(mote.id(), paragraf[0], version, out, progress));
    this.paragraf = paragraf;
  }

  /** The § the next export writes. */
  public void paragraf(int nummer) {
    paragraf[0] = nummer;
  }

  /** "Protokollsutdrag Socialnämnden 2025-09-25 § 85.pdf". */
  @Override
  public String defaultFileName(Sammantrade s, Version version) {
    String name = super.defaultFileName(s, version);
    return name.substring(0, name.length() - 4) + " § " + paragraf[0] + ".pdf";
  }
}
