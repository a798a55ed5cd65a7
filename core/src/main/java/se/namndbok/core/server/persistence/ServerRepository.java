package se.namndbok.core.server.persistence;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.Anvandare;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.ValidationException;

/** Who is connected and which users the shared store has: the catalogue queries and the user functions. */
public final class ServerRepository {

  /** True when the logged-in user owns the database (or is a superuser): only the owner runs server init. */
  public boolean arAgare(Tx tx) {
    return tx.dsl().fetchSingle("""
        SELECT r.rolsuper OR r.oid = (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database())
        FROM pg_roles r WHERE r.rolname = current_user""").get(0, Boolean.class);
  }

  /** The owner's name, for the message that asks for it. */
  public String agare(Tx tx) {
    return tx.dsl().fetchSingle("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
        .get(0, String.class);
  }

  public boolean kanSkapaRoller(Tx tx) {
    return tx.dsl().fetchSingle("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        .get(0, Boolean.class);
  }

  /** Tables in schema public that are not Nämndbok's (a database used for something else is refused). */
  public List<String> frammandeTabeller(Tx tx) {
    Set<String> egna = new java.util.HashSet<>(ServerSchema.tabeller().stream().map(t -> t.getName()).toList());
    egna.add("flyway_schema_history");
    return tx.dsl().fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        .getValues(0, String.class).stream().filter(t -> !egna.contains(t)).toList();
  }

  public List<Anvandare> anvandare(Tx tx) {
    Map<String, Set<AnvandarRoll>> perNamn = new LinkedHashMap<>();
    tx.dsl().fetch("SELECT namn, roll FROM public.namndbok_anvandare()").forEach(r -> perNamn
        .computeIfAbsent(r.get(0, String.class), n -> EnumSet.noneOf(AnvandarRoll.class))
        .add(AnvandarRoll.parse(r.get(1, String.class)).orElseThrow()));
    return perNamn.entrySet().stream().map(e -> new Anvandare(e.getKey(), e.getValue())).toList();
  }

  public void laggTill(Tx tx, String namn, String scramVerifierare, Set<AnvandarRoll> roller) {
    String[] koder = roller.stream().map(AnvandarRoll::kod).sorted().toArray(String[]::new);
    refusedInSwedish("Namn", () -> tx.dsl().execute("SELECT public.namndbok_lagg_till_anvandare(?, ?, ?)", namn,
        scramVerifierare, koder));
  }

  public void taBort(Tx tx, String namn) {
    refusedInSwedish("Namn", () -> tx.dsl().execute("SELECT public.namndbok_ta_bort_anvandare(?)", namn));
  }

  /** The user functions refuse with a Swedish message (SQLState 22023, 42710, 42704): pass it on as such. */
  private static void refusedInSwedish(String field, Runnable call) {
    try {
      call.run();
    } catch (DataAccessException e) {
      PSQLException p = e.getCause(PSQLException.class);
      ServerErrorMessage m = p == null ? null : p.getServerErrorMessage();
      if (m != null && Set.of("22023", "42710", "42704").contains(m.getSQLState())) {
        throw ValidationException.of(field, m.getMessage());
      }
      throw e;
    }
  }
}
