package se.namndbok.core.server.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The views in schema {@code offentlig} through which a läsare (and an administratör) reads the tables that
 * hold confidential content, by the public version's rules (decision 0030): a confidential item keeps its
 * rubrik and loses its texts, underlag and bilagor; a confidential handling, meddelande or delegationsbeslut
 * keeps its numbers and dates but not its title, party or file. Built from the table's columns, so a column
 * added later passes through unless it is named here.
 */
final class Maskering {
  static final String SCHEMA = "offentlig";
  static final String SEKRETESS_TEXT = "Uppgiften omfattas av sekretess";

  /** A row of a table with {@code sekretess}, {@code friklassad} and {@code arende_id} is confidential (decision 0110). */
  private static final String ARVD_SEKRETESS = "(%1$s.sekretess OR (NOT %1$s.friklassad AND EXISTS (SELECT 1 "
      + "FROM public.arende a WHERE a.id = %1$s.arende_id AND a.sekretess)))";
  private static final String PUNKT_SEKRETESS = "EXISTS (SELECT 1 FROM public.arendepunkt p WHERE p.id = t.%s AND "
      + ARVD_SEKRETESS.formatted("p") + ")";
  private static final String HANDLING_SEKRETESS = "EXISTS (SELECT 1 FROM public.handling h WHERE h.id = t.%s AND "
      + ARVD_SEKRETESS.formatted("h") + ")";

  /** A table's masking: the condition that makes a row confidential, what its masked columns become, a filter. */
  private record Regel(String villkor, Map<String, String> kolumner, String filter) {}

  private static final Map<String, Regel> REGLER = Map.ofEntries(
      Map.entry("handling", new Regel(ARVD_SEKRETESS.formatted("t"), Map.of("rubrik", text(), "motpart", "NULL",
          "fil_namn", "NULL", "fil_storlek", "NULL", "fil_sha256", "NULL"), null)),
      Map.entry("arendepunkt", new Regel(ARVD_SEKRETESS.formatted("t"), Map.of("forslag", "NULL", "sammanfattning", "NULL",
          "beskrivning", "NULL", "dialog", "NULL", "skickas_till", "NULL", "ovriga_beslut", "NULL"), null)),
      Map.entry("delegationsbeslut", new Regel(ARVD_SEKRETESS.formatted("t"), Map.of("rubrik", text()), null)),
      Map.entry("meddelande", new Regel(ARVD_SEKRETESS.formatted("t"), Map.of("amne", text(), "avsandare", text()), null)),
      Map.entry("paragraf", new Regel(PUNKT_SEKRETESS.formatted("arendepunkt_id"),
          Map.of("beslut", "NULL", "beslutsgang", "NULL", "propositionsordning", "NULL", "omrostning_ja", "NULL",
              "omrostning_nej", "NULL"), null)),
      // the search index (decision 0142): a confidential handling's words are not searchable, nor is a word
      // that only such handlingar hold
      Map.entry("diarieord", new Regel(null, Map.of(), "t.kalla = 0 OR NOT " + HANDLING_SEKRETESS.formatted("kalla"))),
      Map.entry("sokord", new Regel(null, Map.of(), "EXISTS (SELECT 1 FROM public.diarieord d WHERE d.ord = t.ord "
          + "AND (d.kalla = 0 OR NOT " + HANDLING_SEKRETESS.replace("t.%s", "d.kalla") + "))")),
      Map.entry("paragraf_post", new Regel(null, Map.of(), "NOT " + PUNKT_SEKRETESS.formatted("arendepunkt_id"))),
      Map.entry("beslutsunderlag", new Regel(null, Map.of(), "NOT " + PUNKT_SEKRETESS.formatted("arendepunkt_id"))),
      Map.entry("bilaga", new Regel(null, Map.of(), "NOT " + PUNKT_SEKRETESS.formatted("arendepunkt_id")
          + " AND NOT " + HANDLING_SEKRETESS.formatted("handling_id"))),
      Map.entry("fil", new Regel(null, Map.of(), "EXISTS (SELECT 1 FROM public.handling t2 WHERE t2.fil_sha256 = t.sha256 "
          + "AND NOT " + ARVD_SEKRETESS.formatted("t2") + ") OR EXISTS (SELECT 1 FROM public.namnd n "
          + "WHERE n.logo_sha256 = t.sha256)")));

  private Maskering() {}

  /** The statements that (re)create the schema and its views and let {@code lasare} (roles) read them. */
  static List<String> skapa(List<Table<?>> tabeller, List<String> lasare) {
    String roller = String.join(", ", lasare);
    List<String> sql = new ArrayList<>(List.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
        "CREATE SCHEMA " + SCHEMA, "REVOKE ALL ON SCHEMA " + SCHEMA + " FROM PUBLIC",
        "GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + roller));
    for (Table<?> t : tabeller) {
      if (maskeras(t.getName())) {
        sql.add(vy(t));
        sql.add("GRANT SELECT ON " + SCHEMA + "." + t.getName() + " TO " + roller);
      }
    }
    return sql;
  }

  static boolean maskeras(String tabell) {
    return REGLER.containsKey(tabell);
  }

  /** {@code CREATE VIEW offentlig.T ...} for a table with confidential content. */
  static String vy(Table<?> table) {
    Regel r = REGLER.get(table.getName());
    String kolumner = table.fieldStream().map(f -> kolumn(r, f)).collect(Collectors.joining(", "));
    return "CREATE VIEW " + SCHEMA + "." + table.getName() + " WITH (security_barrier) AS SELECT " + kolumner
        + " FROM public." + table.getName() + " t" + (r.filter() == null ? "" : " WHERE " + r.filter());
  }

  private static String kolumn(Regel r, Field<?> f) {
    String masked = r.kolumner().get(f.getName());
    if (masked == null) {
      return "t." + f.getName();
    }
    return "CASE WHEN " + r.villkor() + " THEN " + masked + " ELSE t." + f.getName() + " END AS " + f.getName();
  }

  /** "Uppgiften omfattas av sekretess (26 kap. 1 § OSL)" with the row's own ground, else its ärende's, else the first. */
  private static String text() {
    String grund = "COALESCE((SELECT g.kortform FROM public.sekretessgrund g WHERE g.id = COALESCE(t.sekretessgrund_id, "
        + "(SELECT a.sekretessgrund_id FROM public.arende a WHERE a.id = t.arende_id))), "
        + "(SELECT g.kortform FROM public.sekretessgrund g ORDER BY g.ordning FETCH FIRST 1 ROW ONLY))";
    return "'" + SEKRETESS_TEXT + " (' || " + grund + " || ')'";
  }
}
