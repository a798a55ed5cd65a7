package se.namndbok.core.ejverkstallda;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The nämnd's insats catalogue, in the order the reports list it. */
public final class Insatskatalog {
  private final Map<String, Insats> byKod = new LinkedHashMap<>();

  public Insatskatalog(List<Insats> insatser) {
    insatser.stream().sorted(Comparator.comparing(Insats::lag).thenComparingInt(Insats::ordning))
        .forEach(i -> byKod.put(i.kod(), i));
  }

  public Optional<Insats> find(String kod) {
    return Optional.ofNullable(kod == null ? null : byKod.get(kod.strip()));
  }

  public List<Insats> forLag(Lag lag) {
    return byKod.values().stream().filter(i -> i.lag() == lag).toList();
  }

  public List<Insats> all() {
    return List.copyOf(byKod.values());
  }
}
