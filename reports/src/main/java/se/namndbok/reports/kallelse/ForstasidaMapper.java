package se.namndbok.reports.kallelse;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.sammantrade.Kallelseuppgifter;

/** Formats what the kallelse's first page names besides time and place, from core's read of the meeting. */
final class ForstasidaMapper {
  private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("sv", "SE"));

  private ForstasidaMapper() {}

  static Forstasida from(KallelseUnderlag u, KallelseMapper.Filer filer, OffsetDateTime skapad) {
    Kallelsekontakt k = u.kontakt();
    Kallelseuppgifter upp = u.uppgifter();
    byte[] logo = k.logoSha256() == null ? null : filer.read(new Handling.StoredFile("logotyp", 0, k.logoSha256()));
    String datum = (upp.kallelsedatum() != null ? upp.kallelsedatum() : skapad.toLocalDate()).toString();
    String sekreterare = join(k.sekreterareNamn(), k.sekreterareTitel(), k.sekreterareTelefon(), k.sekreterareEpost());
    String forhinder = blank(k.forhinderTill())
        ? join(k.sekreterareNamn(), k.sekreterareTelefon(), k.sekreterareEpost()) : k.forhinderTill();
    List<String> justerare = Stream.of(upp.justerare1Id(), upp.justerare2Id()).filter(Objects::nonNull)
        .map(id -> u.ledamoter().stream().map(Ledamotsplats::ledamot).filter(l -> l.id() == id).findFirst()
            .map(ForstasidaMapper::namn).orElse(""))
        .filter(n -> !n.isBlank()).toList();
    String justering = upp.justeringsdag() == null ? ""
        : join(upp.justeringsdag().format(DAG), upp.justeringsplats());
    return new Forstasida(logo, datum, ordforande(u), sekreterare, forhinder, k.partier(), justerare, justering);
  }

  /** "Annika Lindqvist (S), 0920-45 30 01, annika.lindqvist@lulea.se", or "" when the organ has no ordförande. */
  private static String ordforande(KallelseUnderlag u) {
    return u.ledamoter().stream().filter(p -> p.uppdrag().roll() == Roll.ORDFORANDE).findFirst()
        .map(p -> join(namn(p.ledamot()), p.ledamot().telefon(), p.ledamot().epost())).orElse("");
  }

  private static String namn(Ledamot l) {
    return l.namn() + " (" + l.parti() + ")";
  }

  private static String join(String... parts) {
    return String.join(", ", Stream.of(parts).filter(p -> !blank(p)).map(String::strip).toList());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
