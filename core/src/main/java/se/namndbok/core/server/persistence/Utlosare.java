package se.namndbok.core.server.persistence;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Table;
import se.namndbok.core.ejverkstallda.BeslutInlasning;

/**
 * The shared store's triggers: a notification on channel {@value ServerSchema#KANAL} with the table's name
 * after every statement that changes it (delivered to the listeners at commit, decision 0092), and the audit
 * log's user set from the login, so no client can write another name (the owner restoring history excepted).
 */
final class Utlosare {
  private Utlosare() {}

  static List<String> skapa(List<Table<?>> tabeller) {
    List<String> sql = new ArrayList<>(List.of("""
        CREATE OR REPLACE FUNCTION public.namndbok_andrad() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('%s', TG_TABLE_NAME);
          RETURN NULL;
        END $$""".formatted(ServerSchema.KANAL), """
        CREATE OR REPLACE FUNCTION public.namndbok_granskare() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = session_user AND (r.rolsuper
              OR r.oid = (SELECT d.datdba FROM pg_catalog.pg_database d WHERE d.datname = current_database()))) THEN
            NEW.anvandare := session_user;
          END IF;
          RETURN NEW;
        END $$""",
        """
        CREATE OR REPLACE FUNCTION public.namndbok_inlast() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('%s', '%s');
          RETURN NULL;
        END $$""".formatted(ServerSchema.KANAL, BeslutInlasning.ENTITET),
        "DROP TRIGGER IF EXISTS namndbok_granskare ON public.audit_logg",
        "CREATE TRIGGER namndbok_granskare BEFORE INSERT ON public.audit_logg FOR EACH ROW "
            + "EXECUTE FUNCTION public.namndbok_granskare()",
        // the audit log itself is heard only for an import of decisions: an unchanged file changes no other table,
        // but it is the newest import the Statistik area names
        "DROP TRIGGER IF EXISTS namndbok_inlast ON public.audit_logg",
        "CREATE TRIGGER namndbok_inlast AFTER INSERT ON public.audit_logg FOR EACH ROW WHEN (NEW.entitet = '"
            + BeslutInlasning.ENTITET + "') EXECUTE FUNCTION public.namndbok_inlast()"));
    for (Table<?> t : tabeller) {
      if (!t.getName().equals("audit_logg")) {
        sql.add("DROP TRIGGER IF EXISTS namndbok_andrad ON public." + t.getName());
        sql.add("CREATE TRIGGER namndbok_andrad AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public." + t.getName()
            + " FOR EACH STATEMENT EXECUTE FUNCTION public.namndbok_andrad()");
      }
    }
    return sql;
  }
}
