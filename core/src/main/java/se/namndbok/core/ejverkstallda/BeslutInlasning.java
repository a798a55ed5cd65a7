package se.namndbok.core.ejverkstallda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.namndbok.core.audit.AuditEntry;

/**
 * A file of decisions read in: when, by whom, which file, how many lines, and the latest date in it
 * ({@code uppgifterTill}, null for imports logged before it was recorded). A quarter that ends after that date is
 * counted from data that do not reach its end: what the case system knew of it later has not been read in.
 */
public record BeslutInlasning(LocalDateTime tid, String anvandare, String fil, int rader, LocalDate uppgifterTill) {
  /**
   * The audit log's name for an import of decisions (its line holds the file's name, counts and date); on the shared
   * store also the change colleagues hear when one is made, an unchanged file's too.
   */
  public static final String ENTITET = "import_beslut";
  static final String UPPGIFTER_TILL = "uppgifter_till";
  private static final JsonMapper JSON = new JsonMapper();

  /** Whether the data end before {@code kvartal} does (unknown when the import did not record their date). */
  public boolean slutarFore(Kvartal kvartal) {
    return uppgifterTill != null && uppgifterTill.isBefore(kvartal.sistaDag());
  }

  static BeslutInlasning of(AuditEntry e) {
    try {
      JsonNode n = JSON.readTree(e.efter());
      int rader = n.path("nya").asInt() + n.path("andrade").asInt() + n.path("oforandrade").asInt();
      JsonNode till = n.path(UPPGIFTER_TILL);
      return new BeslutInlasning(e.tid(), e.anvandare(), n.path("fil").asText(e.entitetId()), rader,
          till.isTextual() ? LocalDate.parse(till.asText()) : null);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Loggraden för inläsningen av " + e.entitetId() + " går inte att läsa", ex);
    }
  }
}
