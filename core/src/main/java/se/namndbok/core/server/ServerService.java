package se.namndbok.core.server;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.util.PasswordUtil;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.Anvandare;
import se.namndbok.core.db.Database;
import se.namndbok.core.server.persistence.ServerRepository;
import se.namndbok.core.server.persistence.ServerSchema;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * The shared store's set-up: {@code server init} (schema, roles, grants, by the database owner) and the
 * nämnd's users ({@code server anvandare …}, Inställningar → Användare).
 */
public final class ServerService {
  private static final Pattern NAMN = Pattern.compile("[a-z][a-z0-9_.]{0,62}");
  private final Database db;
  private final ServerRepository repository = new ServerRepository();

  public ServerService(Database db) {
    this.db = db;
  }

  /**
   * Creates (or brings up to date) the schema and the roles, grants, views and triggers. Refused unless run by
   * the database owner with the right to create roles, and on a database that holds tables of another program.
   */
  public String init() {
    kravServer();
    db.run(tx -> {
      if (!repository.arAgare(tx)) {
        throw ValidationException.of("--db-user", "server init körs av databasens ägare ("
            + repository.agare(tx) + "), inte av " + db.user().orElse("?"));
      }
      if (!repository.kanSkapaRoller(tx)) {
        throw ValidationException.of("--db-user", db.user().orElse("?") + " behöver rätten att skapa roller "
            + "(ALTER ROLE " + db.user().orElse("?") + " CREATEROLE) för nämndens roller och användare");
      }
      List<String> frammande = repository.frammandeTabeller(tx);
      if (!frammande.isEmpty()) {
        throw ValidationException.of("--db", "databasen har redan tabeller som inte är Nämndboks ("
            + String.join(", ", frammande) + "); använd en tom databas");
      }
    });
    String version = db.migrateShared();
    db.run(tx -> ServerSchema.of(tx).skriv(tx));
    return version;
  }

  /** True when the logged-in user owns the shared database (or is a superuser). */
  public boolean arAgare() {
    kravServer();
    return db.read(repository::arAgare);
  }

  /** The logged-in user and their roles (the embedded store: the OS user, with every role). */
  public Anvandare inloggad() {
    return db.behorighet().anvandare();
  }

  public List<Anvandare> anvandare() {
    kravServer();
    db.behorighet().krav("se nämndens användare", AnvandarRoll.ADMINISTRATOR);
    return db.read(repository::anvandare);
  }

  /** Adds a person as a login with {@code roller}; the password is sent only as a SCRAM verifier. */
  public Anvandare laggTill(String namn, char[] losenord, Set<AnvandarRoll> roller) {
    kravServer();
    db.behorighet().krav("lägga till användare", AnvandarRoll.ADMINISTRATOR);
    new Validator().require(namn != null && NAMN.matcher(namn).matches(), "Namn",
            "använd små bokstäver a–z, siffror, _ och . (första tecknet en bokstav), högst 63 tecken")
        .require(losenord != null && losenord.length >= 8, "Lösenord", "minst 8 tecken")
        .require(roller != null && !roller.isEmpty(), "Roll", "ange minst en roll").throwIfInvalid();
    String verifierare = PasswordUtil.encodeScramSha256(losenord);
    db.run(tx -> repository.laggTill(tx, namn, verifierare, roller));
    return new Anvandare(namn, roller);
  }

  public void taBort(String namn) {
    kravServer();
    db.behorighet().krav("ta bort användare", AnvandarRoll.ADMINISTRATOR);
    db.run(tx -> repository.taBort(tx, namn));
  }

  private void kravServer() {
    if (!db.shared()) {
      throw ValidationException.of("--db", "kommandot gäller den gemensamma databasen (ange --db och --db-user)");
    }
  }
}
