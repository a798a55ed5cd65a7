package se.namndbok.core.kallelse;

import java.util.List;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * What a separate report of entries reported to a meeting shows, read in one transaction: the board, the
 * meeting, the entries (in report order) and, for the delegation report, the lines of the item's "övriga beslut".
 *
 * @param <E> the entries: delegationsbeslut grouped per delegat, or meddelanden
 */
public record Redovisning<E>(Namnd namnd, Sammantrade sammantrade, List<E> poster, List<String> ovrigaBeslut) {
  public Redovisning {
    poster = List.copyOf(poster);
    ovrigaBeslut = List.copyOf(ovrigaBeslut);
  }
}
