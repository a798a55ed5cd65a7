package se.namndbok.app.anslutning;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the shared database is: server, database and user name, remembered between starts. The password is
 * never stored (decision 0095).
 */
public record Anslutningsuppgifter(String server, String databas, String anvandare) {

  /** {@code jdbc:postgresql://server/databas}; the server may carry a port ({@code värd:5433}) and options. */
  public String url() {
    String s = server.strip();
    int query = s.indexOf('?');
    String host = query < 0 ? s : s.substring(0, query);
    String options = query < 0 ? "" : s.substring(query);
    return "jdbc:postgresql://" + host + "/" + databas.strip() + options;
  }

  /** What is shown in the status bar: "anna på dbserver/namndbok". */
  public String beskrivning() {
    return anvandare + " på " + server.strip() + "/" + databas.strip();
  }

  /** The remembered connection in a preferences node (the user's, or a test's). */
  public static final class Minne {
    private static final String SERVER = "server";
    private static final String DATABAS = "databas";
    private static final String ANVANDARE = "anvandare";
    private final Preferences node;

    public Minne(Preferences node) {
      this.node = node;
    }

    public static Minne forUser() {
      return new Minne(Preferences.userRoot().node("se/namndbok/anslutning"));
    }

    public Optional<Anslutningsuppgifter> load() {
      String server = node.get(SERVER, null);
      String databas = node.get(DATABAS, null);
      String anvandare = node.get(ANVANDARE, null);
      return server == null || databas == null || anvandare == null ? Optional.empty()
          : Optional.of(new Anslutningsuppgifter(server, databas, anvandare));
    }

    public void save(Anslutningsuppgifter a) {
      node.put(SERVER, a.server());
      node.put(DATABAS, a.databas());
      node.put(ANVANDARE, a.anvandare());
      flush();
    }

    public void forget() {
      node.remove(SERVER);
      node.remove(DATABAS);
      node.remove(ANVANDARE);
      flush();
    }

    private void flush() {
      try {
        node.flush();
      } catch (BackingStoreException e) {
        // remembered for this run at least; the next start asks again
      }
    }
  }
}
