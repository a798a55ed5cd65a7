package se.namndbok.reports.protokoll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import se.namndbok.core.protokoll.Inledning;
import se.namndbok.core.protokoll.Protokoll;
import se.namndbok.core.protokoll.ProtokollUnderlag;

/**
 * The three opening §§ of a protokoll with an opening (decision 0114), written from its own data as the
 * reference protokoll 000 § 26 and 002 § 21 write them: upprop, val av justerare with the justering's time and
 * place, and fastställande av ärendelistan.
 */
final class ProtokollInledning {
  private ProtokollInledning() {}

  static List<ProtokollParagraf> paragrafer(ProtokollUnderlag u, String organ, String justering) {
    Protokoll p = u.protokoll();
    if (p == null || !p.inledning()) {
      return List.of();
    }
    List<Integer> nummer = u.inledandeParagrafer();
    List<String> texter = List.of(upprop(u, organ), justerare(u, organ, justering), arendelista(p, organ));
    List<ProtokollParagraf> out = new ArrayList<>();
    for (int i = 0; i < Inledning.RUBRIKER.size(); i++) {
      String beslutande = nummer.isEmpty() || u.narvaro().isEmpty() ? "" : String.join(", ",
          u.beslutande(nummer.get(i), List.of()).stream().map(pl -> ProtokollMapper.namn(pl.ledamot())).toList());
      out.add(new ProtokollParagraf(nummer.isEmpty() ? "" : nummer.get(i).toString(), 0, Inledning.RUBRIKER.get(i), "",
          (se.namndbok.reports.sekretess.Sekretessgrund) null, "", texter.get(i), "", List.of(),
          new Behandlingstext(beslutande, List.of(), List.of(), List.of(), "", null, List.of(), List.of(), false)));
    }
    return out;
  }

  private static String upprop(ProtokollUnderlag u, String organ) {
    String ordforande = ProtokollMapper.ordforande(u);
    return (ordforande.isBlank() ? "Ordföranden" : "Ordföranden " + ordforande) + " öppnar sammanträdet och förrättar "
        + "upprop. " + organ + " är beslutsför. Närvarande ledamöter och ersättare, och i vilka paragrafer var och en "
        + "tjänstgör, framgår av protokollets första sida.";
  }

  private static String justerare(ProtokollUnderlag u, String organ, String justering) {
    List<String> namn = Stream.of(u.protokoll().justerare1Id(), u.protokoll().justerare2Id()).filter(Objects::nonNull)
        .map(id -> u.ledamot(id).map(ProtokollMapper::namn).orElse("")).filter(s -> !s.isBlank()).toList();
    String vem = namn.isEmpty() ? "justerare" : String.join(" och ", namn);
    return organ + " utser " + vem + " att jämte ordföranden justera dagens protokoll."
        + (justering.isBlank() ? "" : " Justeringen sker " + justering + ".");
  }

  private static String arendelista(Protokoll p, String organ) {
    return p.arendelistaAndring() == null ? organ + " fastställer ärendelistan enligt kallelsen."
        : organ + " fastställer ärendelistan med följande ändring: " + p.arendelistaAndring();
  }
}
