package se.namndbok.core.audit;

import java.time.LocalDateTime;

/** One line of the audit log: who did what to which row, with the row as JSON before and after. */
public record AuditEntry(long id, LocalDateTime tid, String anvandare, Atgard atgard, String entitet,
    String entitetId, String fore, String efter) {}
