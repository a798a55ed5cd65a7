package se.namndbok.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import se.namndbok.core.audit.persistence.AuditRepository;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.Clock;

/** Writes the audit log inside the caller's transaction, so a change and its log line stand or fall together. */
public final class AuditLog {
  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
  private final Clock clock;
  private final AuditRepository repository = new AuditRepository();

  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  public void created(Tx tx, String entitet, Object id, Object after) {
    write(tx, Atgard.SKAPA, entitet, id, null, after);
  }

  public void changed(Tx tx, String entitet, Object id, Object before, Object after) {
    write(tx, Atgard.ANDRA, entitet, id, before, after);
  }

  public void deleted(Tx tx, String entitet, Object id, Object before) {
    write(tx, Atgard.TA_BORT, entitet, id, before, null);
  }

  public List<AuditEntry> entriesFor(Tx tx, String entitet, Object id) {
    return repository.findByEntity(tx, entitet, String.valueOf(id));
  }

  private void write(Tx tx, Atgard atgard, String entitet, Object id, Object before, Object after) {
    repository.insert(tx, new AuditEntry(0, clock.now(), clock.user(), atgard, entitet, String.valueOf(id),
        toJson(before), toJson(after)));
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
