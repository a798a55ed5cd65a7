package se.namndbok.core.protokoll;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of an anslag by the law (decision 0115). An appeal (laglighetsprövning) must have arrived within three
 * weeks from the day the justering was posted (kommunallagen 13 kap. 5 §); when that last day is a Saturday, a
 * Sunday, another allmän helgdag, midsommarafton, julafton or nyårsafton, it is the next weekday (lag (1930:173)
 * om beräkning av lagstadgad tid, 2 §). The anslag is taken down the day after the last day. The justering is to
 * be posted at the latest the second day after it (8 kap. 12 §) and the protokoll justerat at the latest 14 days
 * after the meeting (5 kap. 69 § with 6 kap. 35 §): later dates are allowed but warned about.
 */
public final class Overklagandetid {
  /** Three weeks from the day posted. */
  public static final int VECKOR = 3;

  private Overklagandetid() {}

  /** The last day an appeal may arrive when the justering was posted on {@code anslag}. */
  public static LocalDate sistaDag(LocalDate anslag) {
    LocalDate d = anslag.plusWeeks(VECKOR);
    while (!vardag(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The day the anslag is taken down: the day after the appeal period. */
  public static LocalDate nedtagning(LocalDate anslag) {
    return sistaDag(anslag).plusDays(1);
  }

  /** The warnings about late justering or anslag, in Swedish; empty when both are in time. */
  public static List<String> varningar(LocalDate sammantrade, LocalDate justering, LocalDate anslag) {
    List<String> out = new ArrayList<>();
    if (justering != null && ChronoUnit.DAYS.between(sammantrade, justering) > 14) {
      out.add("Protokollet justeras " + justering + ", mer än 14 dagar efter sammanträdet " + sammantrade
          + " (kommunallagen 5 kap. 69 § och 6 kap. 35 §: senast 14 dagar efter sammanträdet).");
    }
    if (justering != null && anslag != null && ChronoUnit.DAYS.between(justering, anslag) > 2) {
      out.add("Anslaget sätts upp " + anslag + ", mer än två dagar efter justeringen " + justering
          + " (kommunallagen 8 kap. 12 §: senast andra dagen efter justeringen).");
    }
    return out;
  }

  /** Not a Saturday, Sunday, allmän helgdag, midsommarafton, julafton or nyårsafton. */
  public static boolean vardag(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !helgdag(d);
  }

  /** An allmän helgdag (lag (1989:253)) or one of the three aftnar that count as one for lagstadgad tid. */
  static boolean helgdag(LocalDate d) {
    MonthDay md = MonthDay.from(d);
    if (List.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1), MonthDay.of(6, 6), MonthDay.of(12, 24),
        MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31)).contains(md)) {
      return true;
    }
    LocalDate pask = paskdagen(d.getYear());
    if (d.equals(pask.minusDays(2)) || d.equals(pask) || d.equals(pask.plusDays(1)) || d.equals(pask.plusDays(39))
        || d.equals(pask.plusDays(49))) {
      return true;
    }
    LocalDate midsommardagen = lordagMellan(d.getYear(), 6, 20);
    return d.equals(midsommardagen) || d.equals(midsommardagen.minusDays(1))
        || d.equals(lordagMellan(d.getYear(), 10, 31));
  }

  /** The Saturday in the seven days from month/day (midsommardagen 20–26 June, alla helgons dag 31 Oct–6 Nov). */
  private static LocalDate lordagMellan(int ar, int manad, int dag) {
    LocalDate d = LocalDate.of(ar, manad, dag);
    while (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Easter Sunday (the Gregorian computus, anonymous algorithm). */
  static LocalDate paskdagen(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }
}
