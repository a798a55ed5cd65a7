package se.namndbok.core.sammantrade;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A meeting's items in punkt order with every item's beslutsunderlag and bilagor, read with one query per table
 * (the kallelse and its reports read a whole meeting at once, never item by item).
 */
public record Motesunderlag(List<Arendepunkt> punkter, Map<Long, List<Beslutsunderlag>> underlag,
    Map<Long, List<Bilaga>> bilagor) {

  public Motesunderlag {
    punkter = List.copyOf(punkter);
    underlag = Map.copyOf(underlag);
    bilagor = Map.copyOf(bilagor);
  }

  /** Groups the rows read for the whole meeting by item, each item's rows kept in the order read. */
  static Motesunderlag of(List<Arendepunkt> punkter, List<Beslutsunderlag> underlag, List<Bilaga> bilagor) {
    return new Motesunderlag(punkter, underlag.stream().collect(Collectors.groupingBy(Beslutsunderlag::arendepunktId)),
        bilagor.stream().collect(Collectors.groupingBy(Bilaga::arendepunktId)));
  }

  /** The item's beslutsunderlag in its order (empty when it has none). */
  public List<Beslutsunderlag> underlag(Arendepunkt p) {
    return underlag.getOrDefault(p.id(), List.of());
  }

  /** The item's bilagor in their order (empty when it has none). */
  public List<Bilaga> bilagor(Arendepunkt p) {
    return bilagor.getOrDefault(p.id(), List.of());
  }

  /** Every handling the items' beslutsunderlag and bilagor refer to. */
  public Set<Long> handlingIds() {
    return Stream.concat(underlag.values().stream().flatMap(List::stream).map(Beslutsunderlag::handlingId),
        bilagor.values().stream().flatMap(List::stream).map(Bilaga::handlingId))
        .filter(id -> id != null).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
