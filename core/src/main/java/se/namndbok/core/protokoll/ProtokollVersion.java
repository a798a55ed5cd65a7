package se.namndbok.core.protokoll;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One kept version of a justerat protokoll: version 1 is the original as justerat, each later one a rättelse
 * with who made it, when, why ({@code skal}) and what changed ({@code andringar}, one line each). The PDFs are
 * kept exactly as made (sha256 and size; null only while the version is being made).
 */
public record ProtokollVersion(long sammantradeId, int version, LocalDateTime skapad, String skapadAv, String skal,
    List<String> andringar, String pdfSha256, long pdfStorlek, String offentligSha256, long offentligStorlek, Slag slag) {

  /** What made the version: the justering (the original), a rättelse, or the anslag filled in after justering. */
  public enum Slag { PROTOKOLL, RATTELSE, ANSLAG }

  public ProtokollVersion {
    andringar = andringar == null ? List.of() : List.copyOf(andringar);
    slag = slag == null ? (version > 1 ? Slag.RATTELSE : Slag.PROTOKOLL) : slag;
  }

  /** A version made by a rättelse (not the justerat original, nor the anslag filled in). */
  public boolean rattad() {
    return slag == Slag.RATTELSE;
  }

  /** The sha256 of the members' copy or of the public copy. */
  public String sha256(boolean offentlig) {
    return offentlig ? offentligSha256 : pdfSha256;
  }
}
