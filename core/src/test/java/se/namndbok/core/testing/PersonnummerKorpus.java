package se.namndbok.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generated corpus for the personnummer detector: valid personnummer and samordningsnummer written every way
 * people and systems write them, and look-alike ids that are not personnummer and must pass. Drawn from a seed.
 */
public final class PersonnummerKorpus {
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 11, 3);

  /** Every spelling of one number given century (2 digits), the date's yymmdd and the last four digits. */
  private static final List<Function<String[], String>> SPELLINGS = List.of(
      n -> n[1] + "-" + n[2],
      n -> n[1] + n[2],
      n -> n[0] + n[1] + "-" + n[2],
      n -> n[0] + n[1] + n[2],
      n -> n[1] + "+" + n[2],
      n -> n[0] + n[1] + "+" + n[2],
      n -> n[0] + n[1] + " " + n[2],
      n -> n[1] + " " + n[2],
      n -> n[0] + n[1] + "\u2013" + n[2],
      n -> n[1] + "\u2014" + n[2],
      n -> n[0] + n[1] + "\u2212" + n[2],
      n -> n[0] + n[1] + " - " + n[2],
      n -> n[0] + n[1] + "\u00A0" + n[2],
      n -> fullWidth(n[0] + n[1] + "-" + n[2]),
      n -> fullWidth(n[1] + n[2]),
      n -> "PNR" + n[0] + n[1] + "-" + n[2],
      n -> "pnr:" + n[1] + n[2],
      n -> "P" + n[0] + n[1] + n[2],
      n -> "personnummer " + n[0] + n[1] + "-" + n[2],
      n -> "Beslut för " + n[0] + n[1] + "-" + n[2] + " om hemtjänst");

  private PersonnummerKorpus() {}

  /** How many spellings each number is written in. */
  public static int spellingsPerNumber() {
    return SPELLINGS.size();
  }

  /** {@code numbers} valid numbers (every fourth a samordningsnummer), each in every spelling. */
  public static List<String> spellings(long seed, int numbers) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < numbers; i++) {
      LocalDate born = FIRST.plusDays(r.nextLong(LAST.toEpochDay() - FIRST.toEpochDay()));
      int day = born.getDayOfMonth() + (i % 4 == 3 ? 60 : 0);
      String[] parts = {String.format("%02d", born.getYear() / 100),
          String.format("%02d%02d%02d", born.getYear() % 100, born.getMonthValue(), day),
          String.format("%04d", r.nextInt(10_000))};
      SPELLINGS.forEach(s -> out.add(s.apply(parts)));
    }
    return out;
  }

  /** Ids (letters, digits, - _ . / only) that look like personnummer but are not; they must be accepted. */
  public static List<String> lookalikeIds(long seed, int generated) {
    List<String> out = new ArrayList<>(List.of("2025/1184-3.9.0.1", "2025.2708", "B-0", "LSS-9.10", "AO-SABO",
        "20251023", "2025-10-23", "1234567890", "123456-7890", "19401331-1234", "194012321234", "401300-1234",
        "400230-1234", "401231-12345", "4012311-1234", "40123-1234", "19401231123", "1940123112345",
        "ÄR-2025-0001", "K-0", "20251023_0001", "401292-1234", "400000-1234"));
    Random r = new Random(seed);
    for (int i = 0; i < generated; i++) {
      String yy = String.format("%02d", r.nextInt(100));
      String bad = switch (r.nextInt(5)) {
        case 0 -> yy + String.format("%02d", 13 + r.nextInt(87)) + "15";          // no such month
        case 1 -> yy + "0" + (1 + r.nextInt(9)) + String.format("%02d", 32 + r.nextInt(29)); // no such day
        case 2 -> yy + "00" + String.format("%02d", 1 + r.nextInt(28));           // month 00
        case 3 -> yy + String.format("%02d", 1 + r.nextInt(12)) + "00";           // day 00
        default -> yy + String.format("%02d", 1 + r.nextInt(12)) + String.format("%02d", 92 + r.nextInt(8));
      };
      String last = String.format("%04d", r.nextInt(10_000));
      out.add(r.nextBoolean() ? bad + "-" + last : (r.nextBoolean() ? "19" : "20") + bad + last);
    }
    return out;
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + (c - '0')) : c == '-' ? '\uFF0D' : c);
    }
    return b.toString();
  }
}
