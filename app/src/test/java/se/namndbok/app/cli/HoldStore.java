package se.namndbok.app.cli;

import java.nio.file.Path;
import se.namndbok.core.db.Database;

/** Another process holding a store open until its standard input closes (for the store-in-use test). */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.openEmbedded(Path.of(args[0]))) {
      System.out.println("open");
      System.out.flush();
      System.in.read();
    }
  }

  static Process start(Path folder) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(),
        folder.toString()).redirectErrorStream(true).start();
    String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
    if (!"open".equals(line)) {
      p.destroyForcibly();
      throw new IllegalStateException("the other process did not open the store: " + line);
    }
    return p;
  }
}
