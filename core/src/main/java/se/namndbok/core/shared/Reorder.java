package se.namndbok.core.shared;

import java.util.ArrayList;
import java.util.List;

/** Moving one entry of an ordered list (agenda items, delegates, documents) to another place. */
public final class Reorder {
  private Reorder() {}

  /**
   * The list with the entry at {@code from} moved to {@code to} (both 0-based); the others keep their order.
   * {@code field} names the list in the message when an index is outside it.
   */
  public static <T> List<T> move(List<T> list, int from, int to, String field) {
    new Validator().require(from >= 0 && from < list.size(), field, "det finns ingen post nummer " + (from + 1))
        .require(to >= 0 && to < list.size(), field,
            "kan bara flyttas till plats 1–" + list.size() + ", inte " + (to + 1))
        .throwIfInvalid();
    List<T> moved = new ArrayList<>(list);
    moved.add(to, moved.remove(from));
    return moved;
  }
}
