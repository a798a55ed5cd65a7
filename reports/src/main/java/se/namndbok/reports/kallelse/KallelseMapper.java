package se.namndbok.reports.kallelse;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.kallelse.KallelsePunkt;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.kallelse.UnderlagRad;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutMapper;
import se.namndbok.reports.ejverkstallda.StatistikBlocks;
import se.namndbok.reports.meddelanden.MeddelandenMapper;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * Formats core's read model of a meeting ({@code KallelseService.underlag}) into {@link KallelseData}. Upprop
 * and Val av justerare are printed on the first page, so such items are not repeated as numbered items.
 */
public final class KallelseMapper {
  private static final Locale SV = Locale.of("sv", "SE");
  private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SV);
  private static final DateTimeFormatter KLOCKA = DateTimeFormatter.ofPattern("HH:mm");

  /** Reads a stored attachment's bytes, e.g. {@code fil -> fileStore.get(fil.sha256())}. */
  @FunctionalInterface
  public interface Filer {
    byte[] read(Handling.StoredFile fil);
  }

  private KallelseMapper() {}

  public static KallelseData from(KallelseUnderlag u, Filer filer, OffsetDateTime skapad) {
    Sammantrade s = u.sammantrade();
    String namnd = u.utskott() == null ? u.namnd().namn() : u.utskott().namn();
    java.util.Map<Long, Integer> nummer = se.namndbok.core.sammantrade.Kallelsenummer.av(
        u.punkter().stream().map(KallelsePunkt::punkt).toList());
    List<Arendepunkt> punkter = u.punkter().stream().filter(p -> !p.punkt().typ().inledande())
        .map(p -> punkt(p, nummer.get(p.punkt().id()), u, filer)).toList();
    return new KallelseData(u.namnd().kommun(), namnd, s.datum().toString(), tid(s), s.plats() == null ? "" : s.plats(),
        u.ledamoter().stream().map(KallelseMapper::ledamot).toList(), punkter, false, skapad,
        ForstasidaMapper.from(u, filer, skapad));
  }

  static String tid(Sammantrade s) {
    String dag = s.datum().format(DAG);
    return s.tid() == null ? dag : dag + " kl. " + s.tid().format(KLOCKA);
  }

  private static Ledamot ledamot(Ledamotsplats plats) {
    return new Ledamot(plats.ledamot().namn(), plats.ledamot().parti(), plats.uppdrag().roll().text(),
        plats.uppdrag().typ() == UppdragTyp.ERSATTARE);
  }

  /**
   * The punkt's description; for the reported lists with nothing to report, a sentence saying so (the page had a
   * heading only, which a new board's first kallelse showed twice).
   */
  private static String beskrivning(KallelsePunkt kp, PunktTexter t) {
    String text = text(t.beskrivning());
    if (!text.isBlank()) {
      return text;
    }
    boolean inga = switch (kp.punkt().typ()) {
      case MEDDELANDEN -> kp.meddelanden().isEmpty();
      case DELEGATIONSBESLUT -> kp.delegationsbeslut().isEmpty() && (t.ovrigaBeslut() == null
          || t.ovrigaBeslut().isBlank());
      default -> false;
    };
    return !inga ? text : kp.punkt().typ() == ArendepunktTyp.MEDDELANDEN
        ? "Inga meddelanden har anmälts till sammanträdet."
        : "Inga delegationsbeslut har anmälts till sammanträdet.";
  }

  private static Arendepunkt punkt(KallelsePunkt kp, int nummer, KallelseUnderlag u, Filer filer) {
    PunktTexter t = kp.punkt().innehall().texter() == null ? PunktTexter.INGA : kp.punkt().innehall().texter();
    var arende = kp.arende();
    var sekretess = u.sekretess(kp);
    boolean egenSekretess = sekretess.isPresent() && u.sekretess().arende(arende).isEmpty();
    return new Arendepunkt(Integer.toString(nummer), kp.punkt().rubrik(),
        arende == null ? "" : arende.diarienummer().toString(),
        arende == null || arende.klassificering() == null ? "" : arende.klassificering().toString(),
        Sekretessgrund.of(sekretess.orElse(null)), forslagRubrik(kp.punkt().innehall().forslagAv(), u),
        text(t.forslag()), sammanfattning(kp, t, u), beskrivning(kp, t), text(t.dialog()),
        kp.beslutsunderlag().stream().map(r -> underlag(r, u)).toList(), lines(t.skickasTill()),
        kp.meddelanden().stream().map(m -> MeddelandenMapper.rad(m, u.sekretess(m).orElse(null))).toList(),
        DelegationsbeslutMapper.rader(kp.delegationsbeslut(), b -> u.sekretess(b).orElse(null)),
        DelegationsbeslutMapper.ovrigaBeslut(t.ovrigaBeslut()),
        kp.bilagor().stream().filter(h -> h.fil() != null).map(h -> bilaga(h, filer, u)).toList(),
        kp.statistik() == null ? List.of() : StatistikBlocks.rapport(u.namnd().namn(), kp.statistik()),
        egenSekretess);
  }

  /**
   * The item's sammanfattning; a statistics item opens it with the law's demand citing the nämnd's setting,
   * exactly as the report's tjänsteskrivelse does (decision 0119), so the two never cite different provisions.
   */
  private static String sammanfattning(KallelsePunkt kp, PunktTexter t, KallelseUnderlag u) {
    if (kp.statistik() == null) {
      return text(t.sammanfattning());
    }
    String lagkrav = se.namndbok.reports.ejverkstallda.StatistikTexter.lagkrav(u.namnd().namn(),
        se.namndbok.reports.ejverkstallda.StatistikTexter.lagrum(u.namnd(), kp.statistik().lag()));
    return text(t.sammanfattning()).isBlank() ? lagkrav : lagkrav + "\n\n" + text(t.sammanfattning());
  }

  static String forslagRubrik(ForslagAv av, KallelseUnderlag u) {
    if (av == ForslagAv.ARBETSUTSKOTTET) {
      return genitiv(u.namnd().namn()) + " arbetsutskotts förslag till beslut";
    }
    String forvaltning = u.namnd().forvaltning();
    return forvaltning == null || forvaltning.isBlank() ? "Förvaltningens förslag till beslut"
        : genitiv(forvaltning) + " förslag till beslut";
  }

  /** "Socialförvaltningen" → "Socialförvaltningens"; names ending in s, x or z take no extra s. */
  static String genitiv(String namn) {
    String n = namn.strip();
    return n.matches(".*[sxzSXZ]") ? n : n + "s";
  }

  private static Underlag underlag(UnderlagRad rad, KallelseUnderlag u) {
    if (rad.handling() == null) {
      return Underlag.offentligt(rad.text());
    }
    Handling h = rad.handling();
    return new Underlag(h.rubrik() + (h.handlingsId() == null ? "" : ", Hid: " + h.handlingsId()),
        Sekretessgrund.of(u.sekretess(h).orElse(null)));
  }

  private static Bilaga bilaga(Handling h, Filer filer, KallelseUnderlag u) {
    return new Bilaga(h.fil().namn(), h.rubrik(), filer.read(h.fil()), h.fil().sha256(),
        Sekretessgrund.of(u.sekretess(h).orElse(null)));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** The lines of a text, list dashes removed, blank lines dropped. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\n")).map(String::strip).map(l -> l.startsWith("- ") ? l.substring(2).strip() : l)
        .filter(l -> !l.isEmpty()).toList();
  }
}
