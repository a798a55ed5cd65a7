package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * One choice of the "Sammanträde" filter: all, the ones not reported to any meeting ("Ej anmälda"), or one
 * meeting. {@code text} is what the list shows.
 */
public record MotesVal(String text, Long sammantradeId, boolean ejAnmalda) {

  public static final MotesVal ALLA = new MotesVal(Messages.get("filter.alla.moten"), null, false);
  public static final MotesVal EJ_ANMALDA = new MotesVal(Messages.get("filter.ej.anmalda"), null, true);

  /** All, not reported, then the meetings newest first. */
  public static List<MotesVal> choices(List<Sammantrade> sammantraden) {
    List<MotesVal> val = new ArrayList<>(List.of(ALLA, EJ_ANMALDA));
    sammantraden.stream().sorted(Comparator.comparing(Sammantrade::datum).reversed())
        .forEach(s -> val.add(new MotesVal(text(s), s.id(), false)));
    return val;
  }

  /** "2025-11-20 (planerat)": the meeting as the lists show it. */
  public static String text(Sammantrade s) {
    return s.datum() + " (" + s.status().text().toLowerCase(se.namndbok.core.shared.Texts.SWEDISH) + ")";
  }

  @Override
  public String toString() {
    return text;
  }
}
