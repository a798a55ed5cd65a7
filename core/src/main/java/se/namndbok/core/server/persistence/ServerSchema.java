package se.namndbok.core.server.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Table;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.Skrivratt;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.DefaultSchema;

/**
 * The shared store's roles, grants, masking views, triggers and user functions (decisions 0091–0092), written
 * by {@code server init} as the database owner after the Flyway scripts, and again after every upgrade so a
 * new table gets its grants. Every statement is idempotent.
 */
public final class ServerSchema {
  /** The channel of the change notifications ({@code LISTEN namndbok}). */
  public static final String KANAL = se.namndbok.core.db.Andringsbevakning.KANAL;

  private final String prefix;
  private final String databas;

  private ServerSchema(String databas) {
    this.databas = databas;
    this.prefix = prefixFor(databas);
  }

  public static ServerSchema of(Tx tx) {
    return new ServerSchema(tx.dsl().fetchSingle("SELECT current_database()").get(0, String.class));
  }

  static String prefixFor(String databas) {
    return AnvandarRoll.prefix(databas);
  }

  public String roll(AnvandarRoll r) {
    return r.gruppRoll(databas);
  }

  public String prefix() {
    return prefix;
  }

  /** Writes roles, grants, views, triggers and functions in the caller's transaction. */
  public void skriv(Tx tx) {
    List<String> sql = new ArrayList<>();
    roller(tx, sql);
    rattigheter(sql);
    sql.addAll(Maskering.skapa(tabeller(), Arrays.stream(AnvandarRoll.values()).filter(r -> !r.laserSekretess())
        .map(this::roll).toList()));
    sql.addAll(Utlosare.skapa(tabeller()));
    sql.addAll(new AnvandarFunktioner(prefix, roll(AnvandarRoll.ADMINISTRATOR)).skapa());
    tx.dsl().connection(c -> execute(c, sql));
  }

  private void roller(Tx tx, List<String> sql) {
    for (AnvandarRoll r : AnvandarRoll.values()) {
      boolean exists = tx.dsl().fetchExists(tx.dsl().selectOne().from("pg_roles").where("rolname = ?", roll(r)));
      if (!exists) {
        sql.add("CREATE ROLE " + roll(r) + " NOLOGIN");
      }
    }
  }

  private void rattigheter(List<String> sql) {
    String alla = Arrays.stream(AnvandarRoll.values()).map(this::roll).collect(Collectors.joining(", "));
    String db = quote(databas);
    sql.add("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
    sql.add("GRANT CONNECT ON DATABASE " + db + " TO " + alla);
    sql.add("REVOKE ALL ON SCHEMA public FROM PUBLIC");
    sql.add("GRANT USAGE ON SCHEMA public TO " + alla);
    sql.add("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, " + alla);
    sql.add("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, " + alla);
    sql.add("GRANT SELECT ON public.flyway_schema_history TO " + alla);
    for (Table<?> t : tabeller()) {
      for (AnvandarRoll r : AnvandarRoll.values()) {
        grants(sql, t.getName(), r);
      }
    }
    String skrivare = Arrays.stream(AnvandarRoll.values()).filter(r -> r != AnvandarRoll.LASARE).map(this::roll)
        .collect(Collectors.joining(", "));
    sql.add("GRANT INSERT ON public.audit_logg TO " + skrivare);
    sql.add("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + skrivare);
  }

  private void grants(List<String> sql, String tabell, AnvandarRoll r) {
    List<String> privs = new ArrayList<>();
    if (r.laserSekretess() || !(Maskering.maskeras(tabell) || Skrivratt.dold(tabell))) {
      privs.add("SELECT");
    }
    if (Skrivratt.skriver(r, tabell)) {
      privs.addAll(List.of("INSERT", "UPDATE", "DELETE"));
    }
    if (!privs.isEmpty()) {
      sql.add("GRANT " + String.join(", ", privs) + " ON public." + tabell + " TO " + roll(r));
    }
  }

  /** The schema's tables (the generated classes know them all; Flyway's history is not among them). */
  public static List<Table<?>> tabeller() {
    return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
        .filter(t -> !t.getName().equalsIgnoreCase("flyway_schema_history")).<Table<?>>map(t -> t).toList();
  }

  private static void execute(Connection c, List<String> sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
