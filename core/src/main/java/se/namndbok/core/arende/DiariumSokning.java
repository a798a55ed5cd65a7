package se.namndbok.core.arende;

import java.util.Arrays;
import java.util.List;
import se.namndbok.core.shared.Texts;

/**
 * What a diarium search means, word by word; the store's query ({@code ArendeRepository.search}) and the window's
 * filter over the ärenden it holds in memory both follow it, and a test checks that they agree. Every word must
 * match: the start of the diarienummer ({@code 2025/11}) or, digits only, of the löpnummer ({@code 1185}); a part
 * of the rubrik; or, in one of the ärende's handlingar, the start of its Hid ({@code 2025.27}) or a part of its
 * avsändare/mottagare or rubrik. Case is ignored; a lone "Hid:" (as printed in the kallelse) is no word.
 */
public final class DiariumSokning {
  private DiariumSokning() {}

  /** The words of a search, lower case; "Hid:" before a Hid is dropped. */
  public static List<String> ord(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Arrays.stream(query.strip().toLowerCase(Texts.SWEDISH).split("\\s+"))
        .map(w -> w.replaceFirst("^hid:(?=.)", "")).filter(w -> !w.matches("hid:?")).toList();
  }

  /** Whether one (lower-case) word matches the ärende or one of its handlingar. */
  public static boolean matchar(Arende a, List<Handling> handlingar, String ord) {
    if (a.diarienummer().toString().startsWith(ord) || a.rubrik().toLowerCase(Texts.SWEDISH).contains(ord)) {
      return true;
    }
    if (ord.chars().allMatch(Character::isDigit) && Integer.toString(a.diarienummer().lopnummer()).startsWith(ord)) {
      return true;
    }
    return handlingar.stream().anyMatch(h -> h.handlingsId().toString().startsWith(ord)
        || contains(h.motpart(), ord) || contains(h.rubrik(), ord));
  }

  private static boolean contains(String text, String ord) {
    return text != null && text.toLowerCase(Texts.SWEDISH).contains(ord);
  }
}
