package se.namndbok.core.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a text is indexed under for the diarium's search (decision 0142; here because both the
 * repositories and migration V89 write them): the text in lower case as
 * {@code DiariumSokning} compares it, split where it splits a query (white space). A search word never holds
 * white space, so it is a part of the text exactly when it is a part of one of these words. A word longer
 * than {@value #LANGD} characters is stored as overlapping pieces ({@value #LANGD} long, every {@value #STEG}
 * characters), so any part of it up to {@value #STEG} characters is a part of one piece.
 */
public final class Sokord {
  /** The longest piece stored (the column is VARCHAR(64)). */
  public static final int LANGD = 62;
  /** Pieces start this far apart; a search word up to this long is looked up exactly. */
  public static final int STEG = 30;
  private static final Pattern BLANK = Pattern.compile("\\s+");

  private Sokord() {}

  /** The distinct words (and pieces of long words) of {@code text}; none for null. */
  public static Set<String> av(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    for (String word : BLANK.split(text.toLowerCase(Texts.SWEDISH))) {
      if (word.length() <= LANGD) {
        if (!word.isEmpty()) {
          out.add(word);
        }
        continue;
      }
      for (int start = 0; start < word.length(); start += STEG) {
        int from = Character.isLowSurrogate(word.charAt(start)) ? start - 1 : start;
        int to = Math.min(word.length(), from + LANGD);
        if (to < word.length() && Character.isHighSurrogate(word.charAt(to - 1))) {
          to--;
        }
        out.add(word.substring(from, to));
        if (to == word.length()) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * The part of a search word that is looked up among the stored words: the word itself when it is at most
   * {@value #STEG} characters, else its first {@value #STEG} (then the match is only a candidate).
   */
  public static String uppslag(String word) {
    if (word.length() <= STEG) {
      return word;
    }
    int end = Character.isHighSurrogate(word.charAt(STEG - 1)) ? STEG - 1 : STEG;
    return word.substring(0, end);
  }
}
