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
  static final String SEKRETESS_TEXT = "Uppgiften omfattas av sekretess (26 kap. 1 § OSL)";

  private static final String PUNKT_SEKRETESS = "EXISTS (SELECT 1 FROM public.arendepunkt p "
      + "LEFT JOIN public.arende a ON a.id = p.arende_id WHERE p.id = t.%s AND (p.sekretess OR COALESCE(a.sekretess, FALSE)))";
  private static final String EGEN_PUNKT_SEKRETESS = "(t.sekretess OR EXISTS (SELECT 1 FROM public.arende a "
      + "WHERE a.id = t.arende_id AND a.sekretess))";

  /** A table's masking: the condition that makes a row confidential, what its masked columns become, a filter. */
  private record Regel(String villkor, Map<String, String> kolumner, String filter) {}

  private static final Map<String, Regel> REGLER = Map.of(
      "handling", new Regel("t.sekretess", Map.of("rubrik", text(), "motpart", "NULL", "fil_namn", "NULL",
          "fil_storlek", "NULL", "fil_sha256", "NULL"), null),
      "arendepunkt", new Regel(EGEN_PUNKT_SEKRETESS, Map.of("forslag", "NULL", "sammanfattning", "NULL",
          "beskrivning", "NULL", "dialog", "NULL", "skickas_till", "NULL", "ovriga_beslut", "NULL"), null),
      "delegationsbeslut", new Regel("t.sekretess", Map.of("rubrik", text()), null),
      "meddelande", new Regel("t.sekretess", Map.of("amne", text()), null),
      "paragraf", new Regel(PUNKT_SEKRETESS.formatted("arendepunkt_id"),
          Map.of("beslut", "NULL", "beslutsgang", "NULL"), null),
      "beslutsunderlag", new Regel(null, Map.of(), "NOT " + PUNKT_SEKRETESS.formatted("arendepunkt_id")),
      "bilaga", new Regel(null, Map.of(), "NOT " + PUNKT_SEKRETESS.formatted("arendepunkt_id")
          + " AND NOT EXISTS (SELECT 1 FROM public.handling h WHERE h.id = t.handling_id AND h.sekretess)"),
      "fil", new Regel(null, Map.of(), "EXISTS (SELECT 1 FROM public.handling h WHERE h.fil_sha256 = t.sha256 "
          + "AND NOT h.sekretess) OR EXISTS (SELECT 1 FROM public.namnd n WHERE n.logo_sha256 = t.sha256)"));

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

  private static String text() {
    return "'" + SEKRETESS_TEXT + "'";
  }
}
