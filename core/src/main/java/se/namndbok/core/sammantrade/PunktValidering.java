package se.namndbok.core.sammantrade;

import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.Validator;

/** The rules of an item's content: required rubrik, text lengths, lag and kvartal exactly for a statistics item. */
final class PunktValidering {
  private final ArendeService arenden;
  private final SekretessgrundService sekretessgrunder;

  PunktValidering(ArendeService arenden, SekretessgrundService sekretessgrunder) {
    this.arenden = arenden;
    this.sekretessgrunder = sekretessgrunder;
  }

  /** The content as stored (texts stripped, blank texts null), or every refusal at once. */
  ArendepunktInnehall validate(ArendepunktInnehall i) {
    Validator v = new Validator().notNull(i.typ(), "Typ").notBlank(i.rubrik(), "Rubrik")
        .maxLength(i.rubrik(), 1000, "Rubrik");
    PunktTexter t = i.texter() == null ? PunktTexter.INGA : i.texter();
    v.maxLength(t.forslag(), 100_000, "Förslag till beslut").maxLength(t.sammanfattning(), 1_000_000, "Sammanfattning")
        .maxLength(t.beskrivning(), 1_000_000, "Beskrivning").maxLength(t.dialog(), 100_000, "Dialog")
        .maxLength(t.skickasTill(), 10_000, "Beslutet skickas till")
        .maxLength(t.ovrigaBeslut(), 100_000, "Övriga beslut");
    if (i.typ() == ArendepunktTyp.STATISTIK) {
      v.notNull(i.statistik(), "Lag och kvartal");
      if (i.statistik() != null) {
        i.statistik().validate(v);
      }
    } else {
      v.require(i.statistik() == null, "Lag och kvartal", "anges bara för en statistikpunkt");
    }
    v.require(i.arendeId() == null || arenden.findById(i.arendeId()).isPresent(), "Ärende", "ärendet finns inte");
    v.throwIfInvalid();
    sekretessgrunder.requireKnown(i.sekretess() ? i.sekretessgrundId() : null, SekretessgrundService.FIELD);
    return new ArendepunktInnehall(i.typ(), i.arendeId(), i.rubrik().strip(), i.forslagAv(), clean(t), i.sekretess(),
        i.statistik(), i.sekretess() ? i.sekretessgrundId() : null, !i.sekretess() && i.friklassad());
  }

  private static PunktTexter clean(PunktTexter t) {
    return new PunktTexter(strip(t.forslag()), strip(t.sammanfattning()), strip(t.beskrivning()), strip(t.dialog()),
        strip(t.skickasTill()), strip(t.ovrigaBeslut()));
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
