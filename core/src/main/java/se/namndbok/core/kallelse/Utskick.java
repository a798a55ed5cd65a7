package se.namndbok.core.kallelse;

import java.time.LocalDateTime;

/**
 * One sending of a meeting's kallelse: its version (1, 2, ...), when and by whom, a fingerprint of what was sent
 * (to tell whether the meeting has changed since) and the exact PDFs sent (sha256 and size of the members' and
 * the public copy).
 */
public record Utskick(long sammantradeId, int version, LocalDateTime skickad, String skickadAv, String fingeravtryck,
    String pdfSha256, long pdfStorlek, String offentligSha256, long offentligStorlek) {

  public String sha256(boolean offentlig) {
    return offentlig ? offentligSha256 : pdfSha256;
  }
}
