package se.namndbok.reports.ejverkstallda;

import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.ejverkstallda.Tabell;

/**
 * The small-number rule of the printed tables per insats and kön (decision 0119): a kön cell (Kvinnor, Män)
 * counting one or two persons is not shown but printed {@value #DOLD}; the other kön cell of the same row is
 * hidden too (the row's total would give it away), and so are the kön cells of a total row that would give hidden
 * cells away: when exactly one row under it hides cells, or when the total minus the shown rows leaves the hidden
 * rows none or all of a kön (a "Total OF 0 3 3" over two hidden rows tells that every one of them is a man). Rows without decisions print "-"
 * and totals print their "Summa total" as before: the number of decisions per insats is what the law asks for.
 */
final class Smatal {
  static final String DOLD = "*";
  static final String FOTNOT = "* Färre än tre personer: antalet per kön visas inte, så att ingen enskild kan "
      + "identifieras.";
  /** The kön columns of the table: Kvinnor and Män (column 0 is the insats). */
  private static final List<Integer> KON = List.of(1, 2);

  private Smatal() {}

  /** Which kön cells of {@code t}'s rows to hide, row by row. */
  static List<Boolean> dolda(Tabell t) {
    List<Tabell.Rad> rader = t.rader();
    List<Boolean> dold = new ArrayList<>();
    for (Tabell.Rad r : rader) {
      dold.add(!r.summa() && fa(r));
    }
    int sista = rader.size() - 1;
    int forra = -1;
    List<Integer> delsummor = new ArrayList<>();
    for (int i = 0; i < rader.size(); i++) {
      if (!rader.get(i).summa()) {
        continue;
      }
      boolean total = i == sista;
      List<Integer> under = new ArrayList<>();
      if (total && !delsummor.isEmpty()) {
        under.addAll(delsummor);
      } else {
        for (int j = forra + 1; j < i; j++) {
          under.add(j);
        }
      }
      dold.set(i, fa(rader.get(i)) || harledbar(rader, rader.get(i), under, dold));
      if (!total) {
        delsummor.add(i);
      }
      forra = i;
    }
    return dold;
  }

  /**
   * Whether the total row {@code total} would give away hidden cells of the rows {@code under} it: when just one
   * of them is hidden, or when the hidden rows' share of a kön (the total minus the shown rows) is none or all of
   * them, which tells every hidden cell.
   */
  private static boolean harledbar(List<Tabell.Rad> rader, Tabell.Rad total, List<Integer> under, List<Boolean> dold) {
    List<Integer> dolda = under.stream().filter(dold::get).toList();
    if (dolda.isEmpty()) {
      return false;
    }
    if (dolda.size() == 1) {
      return true;
    }
    int alla = dolda.stream().mapToInt(j -> rader.get(j).varden().get(2)).sum();
    for (int k : KON) {
      int visade = under.stream().filter(j -> !dold.get(j)).mapToInt(j -> rader.get(j).varden().get(k - 1)).sum();
      int andel = total.varden().get(k - 1) - visade;
      if (andel == 0 || andel == alla) {
        return true;
      }
    }
    return false;
  }

  /** One or two persons in a kön cell of the row. */
  private static boolean fa(Tabell.Rad r) {
    return KON.stream().map(k -> r.varden().get(k - 1)).anyMatch(v -> v == 1 || v == 2);
  }

  /** Any cell hidden: the table gets {@link #FOTNOT} under it. */
  static boolean nagon(Tabell t) {
    return dolda(t).contains(true);
  }
}
