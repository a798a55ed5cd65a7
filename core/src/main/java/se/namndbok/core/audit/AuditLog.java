package se.namndbok.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import se.namndbok.core.audit.persistence.AuditRepository;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.StaleException;

/**
 * Writes the audit log inside the caller's transaction, so a change and its log line stand or fall together.
 * Built once by the composition root: who is acting ({@link Clock#user()}) is set in that one place.
 */
public final class AuditLog {
  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
  private final Transactions transactions;
  private final Clock clock;
  private final AuditRepository repository = new AuditRepository();

  public AuditLog(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public void created(String entitet, Object id, Object after) {
    write(Atgard.SKAPA, entitet, id, null, after);
  }

  public void changed(String entitet, Object id, Object before, Object after) {
    write(Atgard.ANDRA, entitet, id, before, after);
  }

  public void deleted(String entitet, Object id, Object before) {
    write(Atgard.TA_BORT, entitet, id, before, null);
  }

  public List<AuditEntry> entriesFor(String entitet, Object id) {
    return transactions.read(tx -> repository.findByEntity(tx, entitet, String.valueOf(id)));
  }

  /** The last line about the row: who changed it last, and when. */
  public Optional<AuditEntry> latest(String entitet, Object id) {
    List<AuditEntry> all = entriesFor(entitet, id);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
  }

  /** The newest line about any row of {@code entitet} (the last import of a kind of file, say). */
  public Optional<AuditEntry> latestOf(String entitet) {
    return transactions.read(tx -> repository.findLatest(tx, entitet));
  }

  /** The newest line about any row of {@code entitet} that {@code which} accepts (the last import that read rows). */
  public Optional<AuditEntry> latestOf(String entitet, java.util.function.Predicate<AuditEntry> which) {
    return transactions.read(tx -> repository.findLatest(tx, entitet, which));
  }

  /**
   * Refuses a save made from version {@code expected} of a row that is now at {@code actual}, naming who changed
   * it last and when; {@code vad} begins the sentence ("Punkten").
   */
  public void requireVersion(String entitet, Object id, long expected, long actual, String vad) {
    if (expected != actual) {
      throw stale(entitet, id, vad);
    }
  }

  /**
   * The refusal of a save made from what the row held before someone else changed it, naming who changed it last
   * and when; {@code vad} begins the sentence ("Punkten").
   */
  public StaleException stale(String entitet, Object id, String vad) {
    AuditEntry last = latest(entitet, id).orElse(null);
    return StaleException.of(vad, last == null ? null : last.anvandare(), last == null ? null : last.tid(),
        clock.today());
  }

  private void write(Atgard atgard, String entitet, Object id, Object before, Object after) {
    AuditEntry e = new AuditEntry(0, clock.now(), clock.user(), atgard, entitet, String.valueOf(id), toJson(before),
        toJson(after));
    transactions.joined(tx -> {
      repository.insert(tx, e);
      return null;
    });
  }

  static String toJson(Object o) {
    if (o == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write audit JSON for " + o.getClass(), e);
    }
  }
}
