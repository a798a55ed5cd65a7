package se.namndbok.core.protokoll;

import java.util.List;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.protokoll.persistence.ParagrafRepository;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.shared.Validator;

/** The rules of a protokoll's details, attendance and beslut, the same for a draft and for a rättelse. */
final class ProtokollRegler {
  private final LedamotService ledamoter;
  private final ParagrafRepository paragrafer = new ParagrafRepository();

  ProtokollRegler(LedamotService ledamoter) {
    this.ledamoter = ledamoter;
  }

  /** The attendance list checked against the seats held on the meeting day (see {@link NarvaroValidering}). */
  void narvaro(Sammantrade s, List<Narvaro> ny) {
    Validator v = new Validator().notNull(ny, NarvaroValidering.FIELD);
    v.throwIfInvalid();
    NarvaroValidering.validate(ny, ledamoter.platser(s.utskottId(), s.datum()), v);
    v.throwIfInvalid();
  }

  /** The paragraf with its beslut (required) and beslutsgång as stored. */
  static Paragraf beslut(long arendepunktId, Integer nummer, String beslut, String beslutsgang, int version) {
    new Validator().notBlank(beslut, "Beslut").maxLength(beslut, 100_000, "Beslut")
        .maxLength(beslutsgang, 100_000, "Beslutsgång").throwIfInvalid();
    return new Paragraf(arendepunktId, nummer, beslut.strip(),
        beslutsgang == null || beslutsgang.isBlank() ? null : beslutsgang.strip(), version);
  }

  ProtokollUppgifter uppgifter(Tx tx, Sammantrade s, ProtokollUppgifter u) {
    Validator v = new Validator().notNull(u, ProtokollService.FIELD);
    v.throwIfInvalid();
    List<Ledamotsplats> platser = ledamoter.platser(s.utskottId(), s.datum());
    v.notBlank(u.sekreterare(), "Sekreterare").maxLength(u.sekreterare(), 200, "Sekreterare")
        .maxLength(u.justeringsplats(), 300, "Justeringens plats")
        .maxLength(u.ovrigaNarvarande(), 10_000, "Övriga närvarande")
        .notBefore(u.justeringsdatum(), s.datum(), "Justeringens datum", "sammanträdets datum")
        .require(u.justerare1Id() == null || harPlats(platser, u.justerare1Id()), "Justerare",
            "justeraren har ingen plats i organet " + s.datum())
        .require(u.justerare2Id() == null || harPlats(platser, u.justerare2Id()), "Justerare 2",
            "justeraren har ingen plats i organet " + s.datum())
        .require(u.justerare2Id() == null || u.justerare1Id() != null, "Justerare", "ange första justeraren först")
        .require(u.justerare2Id() == null || !u.justerare2Id().equals(u.justerare1Id()), "Justerare 2",
            "får inte vara samma person som första justeraren")
        .require(u.forstaParagraf() == null || u.forstaParagraf() > 0, "Första paragraf", "måste vara minst 1");
    if (u.forstaParagraf() != null) {
      int max = paragrafer.maxBefore(tx, s);
      v.require(u.forstaParagraf() > max, "Första paragraf",
          "måste vara större än § " + max + ", den högsta paragrafen från årets tidigare sammanträden");
    }
    v.maxLength(u.arendelistaAndring(), 2000, "Ärendelistan")
        .require(u.starttid() == null || u.sluttid() == null || u.starttid().isBefore(u.sluttid()), "Slutade kl.",
            "sammanträdet kan inte sluta innan det börjar");
    try {
      for (Inledning.Ajournering a : Inledning.ajourneringar(u.ajourneringar())) {
        v.require((u.starttid() == null || !a.fran().isBefore(u.starttid()))
            && (u.sluttid() == null || !a.till().isAfter(u.sluttid())), "Ajourneringar",
            "ajourneringen " + a.fran() + "–" + a.till() + " ligger utanför sammanträdets tid");
      }
    } catch (se.namndbok.core.shared.ValidationException e) {
      v.add(e);
    }
    v.throwIfInvalid();
    return new ProtokollUppgifter(u.sekreterare().strip(), u.justerare1Id(), u.justerare2Id(), u.justeringsdatum(),
        blankToNull(u.justeringsplats()), blankToNull(u.ovrigaNarvarande()), u.forstaParagraf(), u.starttid(),
        u.sluttid(), blankToNull(u.ajourneringar()), u.inledning(), blankToNull(u.arendelistaAndring()),
        u.minnesanteckningar());
  }

  private static boolean harPlats(List<Ledamotsplats> platser, long ledamotId) {
    return platser.stream().anyMatch(p -> p.ledamot().id() == ledamotId);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
