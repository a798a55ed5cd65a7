package se.namndbok.core.arende.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a search word can be the start of, as ranges on indexed columns instead of a string built per
 * row (issue 10, point 2): {@code 2025/1} is the diarienummer 2025/1, 2025/10–2025/19, 2025/100–2025/199 …;
 * {@code 2025.27} the same for a Hid; {@code 118} the löpnummer 118, 1180–1189 … in any year; {@code 202}
 * the years 2020–2029 (the start of a diarienummer or a Hid). Empty lists mean the word is no such start.
 */
record Nummerprefix(List<Intervall> ar, List<Intervall> lopnummer) {

  /** The numbers from {@code fran} to {@code till}, both included. */
  record Intervall(int fran, int till) {}

  /** The years a diarienummer or Hid can have (the tables' check). */
  static final int AR_FRAN = 1900;
  static final int AR_TILL = 2999;

  /** No number starts so. */
  static final Nummerprefix INGET = new Nummerprefix(List.of(), List.of());

  boolean inget() {
    return ar.isEmpty();
  }

  /** Years and löpnummer whose {@code ar + separator + lopnummer} starts with {@code word}. */
  static Nummerprefix av(String word, char separator) {
    int at = word.indexOf(separator);
    if (at < 0) {
      List<Intervall> ar = borjarMed(word).stream().filter(i -> i.till() >= AR_FRAN && i.fran() <= AR_TILL)
          .map(i -> new Intervall(Math.max(i.fran(), AR_FRAN), Math.min(i.till(), AR_TILL))).toList();
      return ar.isEmpty() ? INGET : new Nummerprefix(ar, List.of(new Intervall(1, Integer.MAX_VALUE)));
    }
    String year = word.substring(0, at);
    if (year.isEmpty() || year.length() > 9 || !siffror(year) || year.charAt(0) == '0') {
      return INGET;
    }
    int ar = Integer.parseInt(year);
    List<Intervall> lopnummer = borjarMed(word.substring(at + 1));
    return lopnummer.isEmpty() ? INGET : new Nummerprefix(List.of(new Intervall(ar, ar)), lopnummer);
  }

  /**
   * The positive ints whose decimal form starts with {@code digits} (all of them for ""), at most ten ranges:
   * {@code 12} is 12, 120–129, 1200–1299 … up to {@link Integer#MAX_VALUE}.
   */
  static List<Intervall> borjarMed(String digits) {
    if (digits.isEmpty()) {
      return List.of(new Intervall(1, Integer.MAX_VALUE));
    }
    if (digits.length() > 10 || !siffror(digits) || digits.charAt(0) == '0') {
      return List.of();
    }
    List<Intervall> out = new ArrayList<>();
    long fran = Long.parseLong(digits);
    long till = fran;
    while (fran <= Integer.MAX_VALUE) {
      out.add(new Intervall((int) fran, (int) Math.min(till, Integer.MAX_VALUE)));
      fran *= 10;
      till = till * 10 + 9;
    }
    return out;
  }

  /** Only the ASCII digits a number is printed with. */
  static boolean siffror(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
