package se.namndbok.core.server.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.namndbok.core.anvandare.AnvandarRoll;

/**
 * The functions through which an administratör adds, lists and removes the nämnd's users (decision 0091).
 * They run as the database owner (SECURITY DEFINER), so no person needs the CREATEROLE right, and they touch
 * only this database's roles: a login that is no member of them cannot be removed through them, nor can the
 * owner (who, from PostgreSQL 16 on, holds the roles it created with ADMIN OPTION). The password
 * arrives as a SCRAM-SHA-256 verifier computed by the client, never as plain text.
 */
final class AnvandarFunktioner {
  private final String prefix;
  private final String administrator;

  AnvandarFunktioner(String prefix, String administrator) {
    this.prefix = prefix;
    this.administrator = administrator;
  }

  List<String> skapa() {
    String koder = Arrays.stream(AnvandarRoll.values()).map(r -> "'" + r.kod() + "'").collect(Collectors.joining(", "));
    String roller = Arrays.stream(AnvandarRoll.values()).map(r -> "'" + prefix + "_" + r.kod() + "'")
        .collect(Collectors.joining(", "));
    String lasandeKoder = Arrays.stream(AnvandarRoll.values()).filter(AnvandarRoll::laserSekretess)
        .map(r -> "'" + r.kod() + "'").collect(Collectors.joining(", "));
    return List.of(laggTill(koder, lasandeKoder), lista(roller), taBort(roller),
        "REVOKE ALL ON FUNCTION public.namndbok_lagg_till_anvandare(text, text, text[]) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION public.namndbok_anvandare() FROM PUBLIC",
        "REVOKE ALL ON FUNCTION public.namndbok_ta_bort_anvandare(text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION public.namndbok_lagg_till_anvandare(text, text, text[]) TO " + administrator,
        "GRANT EXECUTE ON FUNCTION public.namndbok_anvandare() TO " + administrator,
        "GRANT EXECUTE ON FUNCTION public.namndbok_ta_bort_anvandare(text) TO " + administrator);
  }

  private String laggTill(String koder, String lasandeKoder) {
    return """
        CREATE OR REPLACE FUNCTION public.namndbok_lagg_till_anvandare(namn text, verifierare text, roller text[])
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE r text;
        BEGIN
          IF namn IS NULL OR namn !~ '^[a-z][a-z0-9_.]{0,62}$' THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Användarnamnet ' || coalesce(namn, '') ||
              ' är ogiltigt: små bokstäver a-z, siffror, _ och ., och första tecknet en bokstav.';
          END IF;
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = namn) THEN
            RAISE EXCEPTION USING ERRCODE = '42710', MESSAGE = 'Användaren ' || namn || ' finns redan på servern.';
          END IF;
          IF verifierare IS NULL OR verifierare !~ '^SCRAM-SHA-256\\$' THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Lösenordet måste komma som SCRAM-SHA-256.';
          END IF;
          IF roller IS NULL OR cardinality(roller) = 0 THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Ange minst en roll.';
          END IF;
          FOREACH r IN ARRAY roller LOOP
            IF r NOT IN (%s) THEN
              RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Okänd roll: ' || r || '.';
            END IF;
          END LOOP;
          EXECUTE format('CREATE ROLE %%I LOGIN PASSWORD %%L', namn, verifierare);
          FOREACH r IN ARRAY roller LOOP
            EXECUTE format('GRANT %%I TO %%I', '%s_' || r, namn);
          END LOOP;
          IF NOT (roller && ARRAY[%s]) THEN
            EXECUTE format('ALTER ROLE %%I IN DATABASE %%I SET search_path = offentlig, public', namn, current_database());
          END IF;
        END $$""".formatted(koder, prefix, lasandeKoder);
  }

  private String lista(String roller) {
    return """
        CREATE OR REPLACE FUNCTION public.namndbok_anvandare() RETURNS TABLE (namn text, roll text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
          SELECT m.rolname::text, substr(g.rolname, %d)
          FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
          WHERE g.rolname IN (%s) AND m.rolcanlogin AND NOT am.admin_option
          ORDER BY 1, 2
        $$""".formatted(prefix.length() + 2, roller);
  }

  private String taBort(String roller) {
    return """
        CREATE OR REPLACE FUNCTION public.namndbok_ta_bort_anvandare(namn text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE g text;
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles gr ON gr.oid = am.roleid
              JOIN pg_roles m ON m.oid = am.member WHERE gr.rolname IN (%1$s) AND m.rolname = namn AND m.rolcanlogin
              AND NOT am.admin_option) THEN
            RAISE EXCEPTION USING ERRCODE = '42704', MESSAGE = 'Användaren ' || coalesce(namn, '') ||
              ' finns inte bland nämndens användare.';
          END IF;
          IF namn = session_user THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'Du kan inte ta bort dig själv.';
          END IF;
          FOR g IN SELECT gr.rolname FROM pg_auth_members am JOIN pg_roles gr ON gr.oid = am.roleid
              JOIN pg_roles m ON m.oid = am.member WHERE gr.rolname IN (%1$s) AND m.rolname = namn
              AND NOT am.admin_option LOOP
            EXECUTE format('REVOKE %%I FROM %%I', g, namn);
          END LOOP;
          EXECUTE format('ALTER ROLE %%I IN DATABASE %%I RESET ALL', namn, current_database());
          IF NOT EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles m ON m.oid = am.member WHERE m.rolname = namn) THEN
            EXECUTE format('DROP ROLE %%I', namn);
          END IF;
        END $$""".formatted(roller);
  }
}
