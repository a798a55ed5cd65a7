package se.namndbok.reports.protokoll;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a protokoll prints, as ready-formatted strings (the mapper from core formats dates and names).
 *
 * @param organ e.g. "Socialnämnden"
 * @param datum the meeting's date, yyyy-MM-dd
 * @param tid e.g. "torsdag 25 september 2025 kl. 08:15"
 * @param paragrafer e.g. "§§ 81–86", "" when nothing is numbered
 * @param justerare the justerare's names with party
 * @param justering e.g. "onsdag 1 oktober 2025, Socialförvaltningen, Stadshuset", "" when not set
 * @param justerat false for a draft (printed as such)
 * @param anslagsdatum the day the anslag was posted, yyyy-MM-dd, or "" when not yet posted
 * @param anslagNedtagning the day it is taken down (anslag + 3 weeks), or ""
 * @param forvaringsplats where the protokoll is kept (the förvaltning)
 * @param offentlig true once confidential paragraphs have been reduced ({@link ProtokollPdf})
 * @param rattelser the rättelser made to a justerat protokoll, oldest first (empty for the original)
 * @param justeringsdatum the day of justering, yyyy-MM-dd, or ""
 * @param sistaDag the last day an appeal may arrive (13 kap. 5 § KL, lag 1930:173), or "" before the anslag
 * @param tjanstgoringsnot e.g. "Ajournering kl. 09:40–09:50", "" when none
 * @param minnesanteckningar notes of a beredning or utskott, not justerade: no justering, anslag or appeal
 */
public record ProtokollData(String kommun, String organ, String datum, String tid, String plats, String paragrafer,
    List<Deltagare> beslutande, List<Deltagare> ersattare, List<Deltagare> franvarande, List<String> ovrigaNarvarande,
    String sekreterare, String ordforande, List<String> justerare, String justering, boolean justerat,
    String anslagsdatum, String anslagNedtagning, String forvaringsplats, List<ProtokollParagraf> punkter,
    boolean offentlig, OffsetDateTime skapad, List<Rattelsetext> rattelser, String justeringsdatum,
    String sistaDag, String tjanstgoringsnot, boolean minnesanteckningar) {

  /** A protokoll without the anslag's last day (an older call site; the dates follow from the anslag). */
  public ProtokollData(String kommun, String organ, String datum, String tid, String plats, String paragrafer,
      List<Deltagare> beslutande, List<Deltagare> ersattare, List<Deltagare> franvarande,
      List<String> ovrigaNarvarande, String sekreterare, String ordforande, List<String> justerare, String justering,
      boolean justerat, String anslagsdatum, String anslagNedtagning, String forvaringsplats,
      List<ProtokollParagraf> punkter, boolean offentlig, OffsetDateTime skapad, List<Rattelsetext> rattelser) {
    this(kommun, organ, datum, tid, plats, paragrafer, beslutande, ersattare, franvarande, ovrigaNarvarande,
        sekreterare, ordforande, justerare, justering, justerat, anslagsdatum, anslagNedtagning, forvaringsplats,
        punkter, offentlig, skapad, rattelser, "", "", "", false);
  }

  public ProtokollData {
    justeringsdatum = Objects.requireNonNullElse(justeringsdatum, "");
    sistaDag = Objects.requireNonNullElse(sistaDag, "");
    tjanstgoringsnot = Objects.requireNonNullElse(tjanstgoringsnot, "");
    Objects.requireNonNull(kommun);
    Objects.requireNonNull(organ);
    Objects.requireNonNull(datum);
    Objects.requireNonNull(tid);
    Objects.requireNonNull(plats);
    Objects.requireNonNull(paragrafer);
    Objects.requireNonNull(sekreterare);
    Objects.requireNonNull(ordforande);
    Objects.requireNonNull(justering);
    Objects.requireNonNull(anslagsdatum);
    Objects.requireNonNull(anslagNedtagning);
    Objects.requireNonNull(forvaringsplats);
    Objects.requireNonNull(skapad);
    beslutande = List.copyOf(beslutande);
    ersattare = List.copyOf(ersattare);
    franvarande = List.copyOf(franvarande);
    ovrigaNarvarande = List.copyOf(ovrigaNarvarande);
    justerare = List.copyOf(justerare);
    punkter = List.copyOf(punkter);
    rattelser = List.copyOf(rattelser);
  }

  /** A justerat protokoll corrected at least once: printed as rättat, with each rättelse's reason. */
  public boolean rattat() {
    return !rattelser.isEmpty();
  }

  /** "Protokoll Socialnämnden 2025-09-25", with " (offentlig version)" for the public copy. */
  public String titel() {
    return dokument() + " " + organ + " " + datum + (offentlig ? " (offentlig version)" : "");
  }

  /** "Protokoll", or "Minnesanteckningar" for a beredning's or utskott's notes without justering. */
  public String dokument() {
    return minnesanteckningar ? "Minnesanteckningar" : "Protokoll";
  }

  /** The public copy: confidential paragraphs keep only §, rubrik and ärendenr. */
  ProtokollData offentligVersion() {
    return new ProtokollData(kommun, organ, datum, tid, plats, paragrafer, beslutande, ersattare, franvarande,
        ovrigaNarvarande, sekreterare, ordforande, justerare, justering, justerat, anslagsdatum, anslagNedtagning,
        forvaringsplats, punkter.stream().map(p -> p.sekretess() ? p.offentlig() : p).toList(), true, skapad,
        rattelser.stream().map(Rattelsetext::offentlig).toList(), justeringsdatum, sistaDag, tjanstgoringsnot,
        minnesanteckningar);
  }

  /** The same protokoll with {@code andra} as its §§. */
  ProtokollData medPunkter(List<ProtokollParagraf> andra) {
    return new ProtokollData(kommun, organ, datum, tid, plats, paragrafer, beslutande, ersattare, franvarande,
        ovrigaNarvarande, sekreterare, ordforande, justerare, justering, justerat, anslagsdatum, anslagNedtagning,
        forvaringsplats, andra, offentlig, skapad, rattelser, justeringsdatum, sistaDag, tjanstgoringsnot,
        minnesanteckningar);
  }

  /**
   * The same protokoll with only the § numbered {@code nummer}: a protokollsutdrag. The rättelser stay, as the
   * utdrag is taken from the newest version and tells those that changed its §.
   */
  ProtokollData utdrag(String nummer) {
    List<ProtokollParagraf> en = punkter.stream().filter(p -> p.nummer().equals(nummer)).toList();
    if (en.isEmpty()) {
      throw new IllegalArgumentException("no § " + nummer);
    }
    return new ProtokollData(kommun, organ, datum, tid, plats, "§ " + nummer, beslutande, ersattare, franvarande,
        ovrigaNarvarande, sekreterare, ordforande, justerare, justering, justerat, anslagsdatum, anslagNedtagning,
        forvaringsplats, en, offentlig, skapad, rattelser, justeringsdatum, sistaDag, tjanstgoringsnot,
        minnesanteckningar);
  }
}
