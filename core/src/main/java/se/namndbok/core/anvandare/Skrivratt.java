package se.namndbok.core.anvandare;

import static se.namndbok.core.anvandare.AnvandarRoll.ADMINISTRATOR;
import static se.namndbok.core.anvandare.AnvandarRoll.REGISTRATOR;
import static se.namndbok.core.anvandare.AnvandarRoll.SEKRETERARE;
import static se.namndbok.core.anvandare.AnvandarRoll.STATISTIK;

import java.util.Map;
import java.util.Set;

/**
 * Which role may change which table (decision 0091): the one rule that core checks before every statement
 * that writes (see {@code Behorighet#kravSkriva}) and that {@code server init} grants back in the database.
 * Every table of the schema must be named here: a test fails for a new table that is not, so no table is left
 * writable by accident or unreadable by mistake.
 */
public final class Skrivratt {
  /** The tables each role may insert into, update and delete from. */
  static final Map<String, Set<AnvandarRoll>> SKRIVER = Map.ofEntries(
      Map.entry("namnd", Set.of(ADMINISTRATOR)),
      Map.entry("utskott", Set.of(ADMINISTRATOR)),
      Map.entry("ledamot", Set.of(ADMINISTRATOR)),
      Map.entry("uppdrag", Set.of(ADMINISTRATOR)),
      Map.entry("delegat", Set.of(ADMINISTRATOR)),
      Map.entry("delegationspunkt", Set.of(ADMINISTRATOR)),
      Map.entry("insats", Set.of(ADMINISTRATOR, STATISTIK)),
      Map.entry("sekretessgrund", Set.of(ADMINISTRATOR)),
      Map.entry("nummerserie", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("arende", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("handling", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("arende_statushandelse", Set.of(REGISTRATOR, SEKRETERARE)),
      // the diarium's search index, written with the ärende or handling (decision 0142)
      Map.entry("sokord", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("diarieord", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("fil", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("delegationsbeslut", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("meddelande", Set.of(REGISTRATOR, SEKRETERARE)),
      Map.entry("sammantrade", Set.of(SEKRETERARE)),
      Map.entry("arendepunkt", Set.of(SEKRETERARE)),
      Map.entry("beslutsunderlag", Set.of(SEKRETERARE)),
      Map.entry("bilaga", Set.of(SEKRETERARE)),
      Map.entry("protokoll", Set.of(SEKRETERARE)),
      Map.entry("narvaro", Set.of(SEKRETERARE)),
      Map.entry("paragraf", Set.of(SEKRETERARE)),
      Map.entry("paragraf_post", Set.of(SEKRETERARE)),
      Map.entry("paragrafserie", Set.of(SEKRETERARE)),
      Map.entry("motesstandard", Set.of(ADMINISTRATOR, SEKRETERARE)),
      Map.entry("standardpunkt", Set.of(ADMINISTRATOR, SEKRETERARE)),
      Map.entry("sammantradesplan", Set.of(ADMINISTRATOR, SEKRETERARE)),
      // the kept versions: a sent kallelse's PDFs and a justerat protokoll's original and rättelser (issue 8)
      Map.entry("kallelse_utskick", Set.of(SEKRETERARE)),
      Map.entry("protokoll_version", Set.of(SEKRETERARE)),
      Map.entry("gynnande_beslut", Set.of(STATISTIK)),
      Map.entry("fryst_rapport", Set.of(STATISTIK)),
      // append-only: every role that changes anything writes its audit line; nobody updates or deletes one
      Map.entry("audit_logg", Set.of()));

  /**
   * Tables a läsare and an administratör do not read at all; the tables with confidential content they read
   * through the masking views of the shared store. The audit log holds confidential rows before and after each change.
   */
  private static final Set<String> DOLDA = Set.of("audit_logg");

  /** What a table holds, in Swedish, for the refusal "Du har inte behörighet att ändra …". */
  private static final Map<String, String> BESKRIVNING = Map.ofEntries(
      Map.entry("namnd", "nämndens uppgifter"), Map.entry("utskott", "utskotten"), Map.entry("ledamot", "ledamöterna"),
      Map.entry("uppdrag", "ledamöternas uppdrag"), Map.entry("delegat", "delegaterna"),
      Map.entry("delegationspunkt", "delegationsordningen"),
      Map.entry("insats", "insatskatalogen"), Map.entry("sekretessgrund", "sekretessgrunderna"), Map.entry("nummerserie", "ärenden och handlingar i diariet"),
      Map.entry("arende", "ärenden i diariet"), Map.entry("handling", "handlingar i diariet"),
      Map.entry("sokord", "diariets sökord"), Map.entry("diarieord", "diariets sökord"),
      Map.entry("arende_statushandelse", "ärendenas status"), Map.entry("motesstandard", "nämndens standard för sammanträden"),
      Map.entry("standardpunkt", "nämndens standardpunkter"), Map.entry("sammantradesplan", "sammanträdesplanen"),
      Map.entry("fil", "handlingarnas filer"), Map.entry("delegationsbeslut", "delegationsbeslut"),
      Map.entry("meddelande", "meddelanden"), Map.entry("sammantrade", "sammanträden"),
      Map.entry("arendepunkt", "ärendelistan"), Map.entry("beslutsunderlag", "beslutsunderlag"),
      Map.entry("bilaga", "bilagor"), Map.entry("protokoll", "protokoll"), Map.entry("narvaro", "närvaron"),
      Map.entry("paragraf", "protokollets paragrafer"), Map.entry("paragrafserie", "protokollets paragrafer"),
      Map.entry("paragraf_post", "paragrafernas yrkanden, omröstningar, reservationer och jäv"),
      Map.entry("kallelse_utskick", "utskickade kallelser"), Map.entry("protokoll_version", "protokollets versioner"),
      Map.entry("gynnande_beslut", "gynnande beslut"), Map.entry("fryst_rapport", "fastställda kvartalsrapporter"),
      Map.entry("audit_logg", "granskningsloggen"));

  private Skrivratt() {}

  /** The roles that may change {@code tabell} (empty for the append-only audit log and unknown tables). */
  public static Set<AnvandarRoll> skrivare(String tabell) {
    return SKRIVER.getOrDefault(tabell, Set.of());
  }

  public static String beskrivning(String tabell) {
    return BESKRIVNING.getOrDefault(tabell, tabell);
  }

  /** The table every change writes a line to, whoever makes it; no one updates or deletes a line. */
  public static boolean granskningslogg(String tabell) {
    return "audit_logg".equals(tabell);
  }

  /** The tables this rule names, for the test that every table of the schema is named. */
  public static Set<String> tabeller() {
    return SKRIVER.keySet();
  }

  public static boolean skriver(AnvandarRoll roll, String tabell) {
    return skrivare(tabell).contains(roll);
  }

  /** True when the table is hidden from läsare and administratör altogether. */
  public static boolean dold(String tabell) {
    return DOLDA.contains(tabell);
  }
}
