package se.namndbok.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.SafeText;

/**
 * A store full of what a spreadsheet would run, for the property tests of every CSV and XLSX the program writes
 * (decision record 0138): decisions whose ids start with {@code -} (the one formula start an id may have) and
 * SoL insatser renamed to formulas, DDE payloads and look-alikes, all drawn from a fixed seed.
 */
public final class HostileSpreadsheet {
  public static final long SEED = Long.getLong("spreadsheet.seed", 20261202L);
  private static final String ID_CHARS = "-_./ABCXYZabcxyzÅÄÖåäö";
  private static final String[] NAME_PIECES = {"=", "+", "-", "@", ";", "\"", "'", " ", "|", "!", "cmd|' /C calc'!A0",
      "HYPERLINK(\"http://x\")", "SUM(A1:A9)", "1+2", "-1", "A1", "Särskilt boende", ", ÄO", "/", "＝", "(", ")"};

  /** The ids registered and the insatser's new names, by code. */
  public record Data(List<String> ids, Map<String, String> names) {}

  private HostileSpreadsheet() {}

  /** Registers {@code count} SoL decisions (2025 Q2's report holds them) and renames every SoL insats. */
  public static Data load(TestStore store, int count) {
    Random random = new Random(SEED);
    Map<String, String> names = new LinkedHashMap<>();
    List<Insats> sol = store.core().insatser().katalog().forLag(Lag.SOL);
    for (Insats insats : sol) {
      String name = name(random);
      store.core().insatser().andra(insats.kod(), name, insats.ordning());
      names.put(insats.kod(), name.strip());
    }
    List<String> ids = new ArrayList<>();
    while (ids.size() < count) {
      String id = id(random, ids.size());
      if (SafeText.problem(id, SafeText.Slag.ID) != null) {
        continue;
      }
      Insats insats = sol.get(random.nextInt(sol.size()));
      store.core().beslut().register(new GynnandeBeslut(id, Lag.SOL, insats.kod(), random.nextBoolean() ? Kon.K : Kon.M,
          1930 + random.nextInt(70), LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60)), null, null, null, null,
          null));
      ids.add(id);
    }
    return new Data(ids, names);
  }

  /** An id that starts with {@code -}, unique by its number. */
  private static String id(Random random, int n) {
    StringBuilder s = new StringBuilder("-");
    for (int i = random.nextInt(6); i > 0; i--) {
      s.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return s.append(n).toString();
  }

  /** A one-line name of hostile pieces that starts with a formula character. */
  private static String name(Random random) {
    StringBuilder s = new StringBuilder("=+-@".substring(random.nextInt(4)).substring(0, 1));
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      s.append(NAME_PIECES[random.nextInt(NAME_PIECES.length)]);
    }
    return s.toString();
  }
}
