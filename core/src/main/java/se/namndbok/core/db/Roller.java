package se.namndbok.core.db;

import java.util.EnumSet;
import java.util.Set;
import org.jooq.DSLContext;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.Anvandare;
import se.namndbok.core.anvandare.Behorighet;

/** Who is logged in to the shared store and which of the nämnd's roles they hold; the owner holds them all. */
final class Roller {
  private Roller() {}

  static Behorighet inloggad(DSLContext dsl) {
    var r = dsl.fetchSingle("""
        SELECT current_user, current_database(), r.rolsuper
               OR r.oid = (SELECT d.datdba FROM pg_database d WHERE d.datname = current_database())
        FROM pg_roles r WHERE r.rolname = current_user""");
    String namn = r.get(0, String.class);
    String databas = r.get(1, String.class);
    if (Boolean.TRUE.equals(r.get(2, Boolean.class))) {
      return Behorighet.allt(namn);
    }
    Set<AnvandarRoll> roller = EnumSet.noneOf(AnvandarRoll.class);
    for (AnvandarRoll roll : AnvandarRoll.values()) {
      Boolean member = dsl.fetchSingle("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) "
          + "AND pg_has_role(current_user, ?, 'member')", roll.gruppRoll(databas), roll.gruppRoll(databas))
          .get(0, Boolean.class);
      if (Boolean.TRUE.equals(member)) {
        roller.add(roll);
      }
    }
    return new Behorighet(new Anvandare(namn, roller));
  }
}
