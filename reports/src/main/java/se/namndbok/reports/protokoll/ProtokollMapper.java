package se.namndbok.reports.protokoll;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.protokoll.Inledning;
import se.namndbok.core.protokoll.Narvaro;
import se.namndbok.core.protokoll.Protokoll;
import se.namndbok.core.protokoll.ProtokollPunkt;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * Formats core's read model of a protokoll ({@code ProtokollService.underlag}) into {@link ProtokollData}: who
 * was beslutande (present ordinarie ledamöter and, in the place of an absent one, the tjänstgörande ersättare),
 * who chaired (the ordförande, or the vice ordförande present), and each item as its §.
 */
public final class ProtokollMapper {
  private static final Locale SV = Locale.of("sv", "SE");
  private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SV);
  private static final DateTimeFormatter KLOCKA = DateTimeFormatter.ofPattern("HH:mm");
  private static final List<Roll> ORDFORANDEN =
      List.of(Roll.ORDFORANDE, Roll.FORSTE_VICE_ORDFORANDE, Roll.ANDRE_VICE_ORDFORANDE);

  private ProtokollMapper() {}

  public static ProtokollData from(ProtokollUnderlag u, OffsetDateTime skapad) {
    Sammantrade s = u.sammantrade();
    Protokoll p = u.protokoll();
    String organ = u.utskott() == null ? u.namnd().namn() : u.utskott().namn();
    String forvaltning = u.namnd().forvaltning();
    Omfang omfang = Omfang.of(u);
    List<ProtokollParagraf> punkter = new ArrayList<>(ProtokollInledning.paragrafer(u, organ, justering(p)));
    u.punkter().stream().map(pp -> paragraf(pp, u)).forEach(punkter::add);
    String plats = p.forvaringsplats() != null ? p.forvaringsplats()
        : forvaltning == null || forvaltning.isBlank() ? organ : forvaltning;
    return new ProtokollData(u.namnd().kommun(), organ, s.datum().toString(), tid(s, p), Objects.toString(s.plats(), ""),
        omfang.text(), beslutande(u, omfang), ersattare(u), franvarande(u), lines(p.ovrigaNarvarande()),
        p.sekreterare(), ordforande(u), justerare(u), justering(p), p.justerat(),
        p.anslagsdatum() == null ? "" : p.anslagsdatum().toString(),
        p.anslagNedtagning().map(LocalDate::toString).orElse(""), plats, punkter, false, skapad, rattelser(u),
        p.justeringsdatum() == null ? "" : p.justeringsdatum().toString(), p.sistaDag().map(LocalDate::toString).orElse(""),
        ajourneringar(p), p.minnesanteckningar());
  }

  /** The first and last § of the meeting (opening §§ included), or none before numbering. */
  record Omfang(Integer forsta, Integer sista) {
    static Omfang of(ProtokollUnderlag u) {
      List<Integer> nummer = new ArrayList<>(u.inledandeParagrafer());
      u.punkter().stream().map(ProtokollPunkt::nummer).filter(Objects::nonNull).forEach(nummer::add);
      return nummer.isEmpty() ? new Omfang(null, null)
          : new Omfang(nummer.stream().min(Integer::compare).orElseThrow(), nummer.stream().max(Integer::compare).orElseThrow());
    }

    String text() {
      return forsta == null ? "" : intervall(forsta, sista);
    }

    /** "§§ 78–84" for a person taking part from {@code fran} to {@code till} (null: the first/last). */
    String del(Integer fran, Integer till) {
      if (forsta == null) {
        return "";
      }
      return intervall(fran == null ? forsta : fran, till == null ? sista : till);
    }
  }

  /** "§ 81" or "§§ 78–84". */
  static String intervall(int forsta, int sista) {
    return forsta == sista ? "§ " + forsta : "§§ " + forsta + "–" + sista;
  }

  private static String ajourneringar(Protokoll p) {
    List<String> a = Inledning.ajourneringar(p.ajourneringar()).stream()
        .map(x -> x.fran().format(KLOCKA) + "–" + x.till().format(KLOCKA)).toList();
    return a.isEmpty() ? "" : (a.size() == 1 ? "Ajournering kl. " : "Ajourneringar kl. ") + String.join(", ", a);
  }

  /**
   * Each rättelse with its reason and changes; a change to a confidential § is told without its text in public,
   * and so is the reason for such a rättelse (free text about the § that a walk found printed in the public copy).
   */
  static List<Rattelsetext> rattelser(ProtokollUnderlag u) {
    List<String> hemliga = u.punkter().stream().filter(p -> u.sekretess(p).isPresent()).filter(p -> p.nummer() != null)
        .map(p -> "§ " + p.nummer() + " ").toList();
    return u.rattelser().stream().map(v -> {
      boolean hemlig = v.andringar().stream().anyMatch(a -> hemliga.stream().anyMatch(a::startsWith));
      return new Rattelsetext("Rättelse " + v.skapad().toLocalDate() + " av " + v.skapadAv() + " (version "
          + v.version() + ")", v.skal(), hemlig ? Rattelsetext.SKAL_UNDANHALLET : v.skal(), v.andringar(),
          v.andringar().stream().map(a -> hemliga.stream().filter(a::startsWith).findFirst()
              .map(h -> h.strip() + " ändrad; innehållet omfattas av sekretess").orElse(a)).toList(),
          v.skapad().toLocalDate().toString(), v.version());
    }).toList();
  }

  static String tid(Sammantrade s) {
    String dag = s.datum().format(DAG);
    return s.tid() == null ? dag : dag + " kl. " + s.tid().format(KLOCKA);
  }

  /** "torsdag 25 september 2025 kl. 08:15–11:05": the actual start (or the planned time) and the end. */
  static String tid(Sammantrade s, Protokoll p) {
    java.time.LocalTime start = p.starttid() != null ? p.starttid() : s.tid();
    String dag = s.datum().format(DAG);
    if (start == null) {
      return dag;
    }
    return dag + " kl. " + start.format(KLOCKA) + (p.sluttid() == null ? "" : "–" + p.sluttid().format(KLOCKA));
  }

  /** "§§ 81–86", "§ 81", or "" when no item is numbered. */
  static String paragrafer(List<ProtokollPunkt> punkter) {
    List<Integer> nummer = punkter.stream().map(ProtokollPunkt::nummer).filter(Objects::nonNull).sorted().toList();
    if (nummer.isEmpty()) {
      return "";
    }
    return nummer.size() == 1 ? "§ " + nummer.getFirst() : "§§ " + nummer.getFirst() + "–" + nummer.getLast();
  }

  /**
   * The ordinarie ledamöter present and, after each, the ersättare serving for them; a person taking part in only
   * some §§ has them named (who took part in each decision).
   */
  private static List<Deltagare> beslutande(ProtokollUnderlag u, Omfang omfang) {
    List<Deltagare> list = new ArrayList<>();
    for (Ledamotsplats plats : ordinarie(u).toList()) {
      Optional<Narvaro> n = u.narvaro(plats.ledamot().id());
      if (n.map(Narvaro::narvarande).orElse(false)) {
        list.add(deltagare(plats.ledamot(), anmarkning(plats.uppdrag().roll().text(), n.get(), omfang)));
      }
      ersattare(u, plats.ledamot().id()).ifPresent(e -> list.add(deltagare(u.ledamot(e.ledamotId()).orElseThrow(),
          anmarkning("Tjänstgörande ersättare för " + namn(plats.ledamot()), e, omfang))));
    }
    return list;
  }

  private static String anmarkning(String roll, Narvaro n, Omfang omfang) {
    String s = roll;
    if (n.ankom() != null) {
      s += ", kom kl. " + n.ankom().format(KLOCKA);
    }
    if (n.lamnade() != null) {
      s += ", lämnade kl. " + n.lamnade().format(KLOCKA);
    }
    if (n.delvis() && !omfang.del(n.franParagraf(), n.tillParagraf()).isBlank()) {
      s += ", " + omfang.del(n.franParagraf(), n.tillParagraf());
    }
    return s;
  }

  private static List<Deltagare> ersattare(ProtokollUnderlag u) {
    return u.platser().stream().filter(p -> p.uppdrag().typ() == UppdragTyp.ERSATTARE)
        .filter(p -> u.narvaro(p.ledamot().id()).filter(n -> n.narvarande() && n.tjanstgorFor() == null).isPresent())
        .map(p -> deltagare(p.ledamot(), anmarkning("Ersättare", u.narvaro(p.ledamot().id()).orElseThrow())))
        .toList();
  }

  private static List<Deltagare> franvarande(ProtokollUnderlag u) {
    return ordinarie(u).filter(p -> !u.narvaro(p.ledamot().id()).map(Narvaro::narvarande).orElse(false))
        .map(p -> deltagare(p.ledamot(), ersattare(u, p.ledamot().id())
            .map(e -> "Ersatt av " + namn(u.ledamot(e.ledamotId()).orElseThrow())).orElse("")))
        .toList();
  }

  private static Stream<Ledamotsplats> ordinarie(ProtokollUnderlag u) {
    return u.platser().stream().filter(p -> p.uppdrag().typ() == UppdragTyp.ORDINARIE);
  }

  private static Optional<Narvaro> ersattare(ProtokollUnderlag u, long ordinarieId) {
    return u.narvaro().stream().filter(n -> n.narvarande() && Objects.equals(n.tjanstgorFor(), ordinarieId)).findFirst();
  }

  private static String anmarkning(String roll, Narvaro n) {
    return n.lamnade() == null ? roll : roll + ", lämnade kl. " + n.lamnade().format(KLOCKA);
  }

  /** The ordförande if present, else the first vice ordförande present, else "". */
  static String ordforande(ProtokollUnderlag u) {
    for (Roll roll : ORDFORANDEN) {
      Optional<Ledamot> l = ordinarie(u).filter(p -> p.uppdrag().roll() == roll)
          .filter(p -> u.narvaro(p.ledamot().id()).map(Narvaro::narvarande).orElse(false))
          .map(Ledamotsplats::ledamot).findFirst();
      if (l.isPresent()) {
        return namn(l.get());
      }
    }
    return "";
  }

  private static List<String> justerare(ProtokollUnderlag u) {
    return Stream.of(u.protokoll().justerare1Id(), u.protokoll().justerare2Id()).filter(Objects::nonNull)
        .map(id -> u.ledamot(id).map(ProtokollMapper::namn).orElse("")).filter(s -> !s.isBlank()).toList();
  }

  static String justering(Protokoll p) {
    String dag = p.justeringsdatum() == null ? "" : p.justeringsdatum().format(DAG);
    String plats = Objects.toString(p.justeringsplats(), "");
    return dag.isBlank() || plats.isBlank() ? dag + plats : dag + ", " + plats;
  }

  static Deltagare deltagare(Ledamot l, String anmarkning) {
    return new Deltagare(l.namn(), l.parti(), anmarkning);
  }

  static String namn(Ledamot l) {
    return l.namn() + " (" + l.parti() + ")";
  }

  private static ProtokollParagraf paragraf(ProtokollPunkt pp, ProtokollUnderlag u) {
    PunktTexter t = pp.punkt().innehall().texter() == null ? PunktTexter.INGA : pp.punkt().innehall().texter();
    var par = pp.paragraf();
    return new ProtokollParagraf(pp.nummer() == null ? "" : pp.nummer().toString(), pp.punkt().ordning(),
        pp.punkt().rubrik(), pp.arende() == null ? "" : pp.arende().arendenummer().toString(),
        se.namndbok.reports.sekretess.Sekretessgrund.of(u.sekretess(pp).orElse(null)),
        t.sammanfattning(), par == null ? null : par.beslut(), par == null ? null : par.beslutsgang(),
        lines(t.skickasTill()), ProtokollBehandling.text(pp, u));
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
