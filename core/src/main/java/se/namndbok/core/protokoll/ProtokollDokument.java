package se.namndbok.core.protokoll;

/**
 * What {@code export protokoll} writes: for a justerat protokoll the kept PDF of its newest version, exactly as
 * made ({@code pdf}, with {@code version}); for a draft the underlag to render now ({@code pdf} null).
 */
public record ProtokollDokument(byte[] pdf, int version, ProtokollUnderlag underlag) {

  public boolean arkiverat() {
    return pdf != null;
  }
}
