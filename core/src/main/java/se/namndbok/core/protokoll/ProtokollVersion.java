package se.namndbok.core.protokoll;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One kept version of a justerat protokoll: version 1 is the original as justerat, each later one a rättelse
 * with who made it, when, why ({@code skal}) and what changed ({@code andringar}, one line each). The PDFs are
 * kept exactly as made (sha256 and size; null only while the version is being made).
 */
public record ProtokollVersion(long sammantradeId, int version, LocalDateTime skapad, String skapadAv, String skal,
    List<String> andringar, String pdfSha256, long pdfStorlek, String offentligSha256, long offentligStorlek) {

  public ProtokollVersion {
    andringar = andringar == null ? List.of() : List.copyOf(andringar);
  }

  /** A version made by a rättelse (not the justerat original). */
  public boolean rattad() {
    return version > 1;
  }

  /** The sha256 of the members' copy or of the public copy. */
  public String sha256(boolean offentlig) {
    return offentlig ? offentligSha256 : pdfSha256;
  }
}
