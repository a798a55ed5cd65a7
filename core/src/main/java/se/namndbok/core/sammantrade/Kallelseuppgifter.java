package se.namndbok.core.sammantrade;

import java.time.LocalDate;

/**
 * What the kallelse of a meeting says beyond its time and place: the day it is sent (null: the day it is printed),
 * the proposed justerare (ledamot ids, the second optional) and the day and place of justering.
 */
public record Kallelseuppgifter(LocalDate kallelsedatum, Long justerare1Id, Long justerare2Id, LocalDate justeringsdag,
    String justeringsplats) {

  public static final Kallelseuppgifter INGA = new Kallelseuppgifter(null, null, null, null, null);
}
