package se.namndbok.core.protokoll;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.shared.ValidationException;

/**
 * The opening §§ of a protokoll with {@code inledning} (decision 0114): upprop, val av justerare and fastställande
 * av ärendelistan, the first three §§ of the meeting, written from the protokoll's own data; agenda items of typ
 * UPPROP and JUSTERARE are then covered by them and get no § of their own. Also reads the ajourneringar.
 */
public final class Inledning {
  public static final List<String> RUBRIKER =
      List.of("Upprop", "Val av justerare", "Fastställande av ärendelistan");

  private Inledning() {}

  /** The agenda items that are §§ of their own: all, or without UPPROP and JUSTERARE when the opening covers them. */
  public static List<Arendepunkt> paragrafpunkter(Protokoll p, List<Arendepunkt> punkter) {
    if (p == null || !p.inledning()) {
      return punkter;
    }
    return punkter.stream().filter(a -> a.typ() != ArendepunktTyp.UPPROP && a.typ() != ArendepunktTyp.JUSTERARE)
        .toList();
  }

  /** One break of the meeting. */
  public record Ajournering(LocalTime fran, LocalTime till) {}

  /** The ajourneringar as written, one "10:05–10:20" (or "10:05-10:20") a line; a bad line is refused. */
  public static List<Ajournering> ajourneringar(String text) {
    List<Ajournering> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      String[] delar = l.split("\\s*[–-]\\s*");
      try {
        if (delar.length != 2) {
          throw new IllegalArgumentException();
        }
        Ajournering a = new Ajournering(tid(delar[0]), tid(delar[1]));
        if (!a.fran().isBefore(a.till())) {
          throw ValidationException.of("Ajourneringar", "\"" + l + "\": ajourneringen slutar innan den börjar");
        }
        out.add(a);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw ValidationException.of("Ajourneringar", "\"" + l + "\" är ingen ajournering; skriv tt:mm–tt:mm, t.ex. 10:05–10:20");
      }
    }
    return out;
  }

  private static LocalTime tid(String s) {
    String t = s.strip().replace('.', ':');
    return LocalTime.parse(t.length() == 4 ? "0" + t : t);
  }
}
