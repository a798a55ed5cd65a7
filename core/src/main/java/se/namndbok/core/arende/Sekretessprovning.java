package se.namndbok.core.arende;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.namndbok.core.arende.persistence.ArendeRepository;
import se.namndbok.core.db.Tx;
import se.namndbok.core.sekretess.Sekretess;
import se.namndbok.core.sekretess.Sekretessgrund;
import se.namndbok.core.sekretess.persistence.SekretessgrundRepository;

/**
 * Decides whether something is confidential and under which ground: a thing marked confidential is, under its
 * own ground (else its ärende's, else the catalogue's first); a thing released (friklassad) is not; anything else
 * follows its ärende. An ärende is confidential when marked so, under its ground (else the catalogue's first).
 * Holds the catalogue and the ärenden a read refers to ({@code ArendeService.sekretessprovning}), so every
 * document and report applies the same rule (decision record 0110).
 */
public final class Sekretessprovning {
  private final Map<Long, Sekretessgrund> byId;
  private final Sekretessgrund standard;
  private final Map<Long, Arende> arenden;

  public Sekretessprovning(List<Sekretessgrund> katalog, Map<Long, Arende> arenden) {
    if (katalog.isEmpty()) {
      throw new IllegalStateException("the sekretessgrund catalogue is empty");
    }
    this.byId = katalog.stream().collect(Collectors.toMap(Sekretessgrund::id, Function.identity()));
    this.standard = katalog.stream().min(Comparator.comparingInt(Sekretessgrund::ordning)).orElseThrow();
    this.arenden = Map.copyOf(arenden);
  }

  /** The rule with the current catalogue and the ärenden {@code arendeIds}, read in the caller's transaction. */
  static Sekretessprovning read(Tx tx, Collection<Long> arendeIds) {
    Map<Long, Arende> byId = new HashMap<>();
    new ArendeRepository().findByIds(tx, new HashSet<>(arendeIds)).forEach(a -> byId.put(a.id(), a));
    return new Sekretessprovning(new SekretessgrundRepository().all(tx), byId);
  }

  /** The ground of a confidential ärende; empty for a public one (and for none). */
  public Optional<Sekretessgrund> arende(Arende arende) {
    if (arende == null || !arende.sekretess()) {
      return Optional.empty();
    }
    return Optional.of(grund(arende.sekretessgrundId(), standard));
  }

  /** The ground {@code egen} is confidential under, belonging to {@code arende} (null when it has none). */
  public Optional<Sekretessgrund> prova(Sekretess egen, Arende arende) {
    Optional<Sekretessgrund> arendets = arende(arende);
    return switch (egen.lage()) {
      case SEKRETESS -> Optional.of(grund(egen.grundId(), arendets.orElse(standard)));
      case OFFENTLIG -> Optional.empty();
      case FOLJER_ARENDET -> arendets;
    };
  }

  /** As {@link #prova(Sekretess, Arende)} for an ärende this read knows by id (null: none). */
  public Optional<Sekretessgrund> prova(Sekretess egen, Long arendeId) {
    Arende arende = arendeId == null ? null : arenden.get(arendeId);
    if (arendeId != null && arende == null) {
      throw new IllegalStateException("ärende " + arendeId + " was not read with the sekretess rule");
    }
    return prova(egen, arende);
  }

  /** An ärende this read knows by id, so a document needs not read it again; refused for one not read. */
  public Arende arendeMedId(long id) {
    Arende arende = arenden.get(id);
    if (arende == null) {
      throw new IllegalStateException("ärende " + id + " was not read with the sekretess rule");
    }
    return arende;
  }

  public Optional<Sekretessgrund> handling(Handling h) {
    return prova(h.sekretessval(), h.arendeId());
  }

  /** The catalogue's first ground, used when a confidential thing names none. */
  public Sekretessgrund standard() {
    return standard;
  }

  /** Equal when the catalogue and the ärenden are (so two reads of the same data compare equal). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Sekretessprovning other && byId.equals(other.byId) && standard.equals(other.standard)
        && arenden.equals(other.arenden);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(byId, standard, arenden);
  }

  private Sekretessgrund grund(Long id, Sekretessgrund fallback) {
    return id == null ? fallback : byId.getOrDefault(id, fallback);
  }
}
