import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step of every {@code mvn package} of the app (app/pom.xml), after the shade: refuses a namndbok.jar whose
 * {@code META-INF/services} lists name a class the jar lacks. The shade filters leave parts of libraries out
 * (decision 0140); a provider named but missing would stop {@code ServiceLoader} with an error at run time, in
 * the user's window, not here. Run with the JDK's source launcher:
 * {@code java app/src/build/ServicesCheck.java app/target/namndbok.jar}.
 */
public final class ServicesCheck {
  private static final String SERVICES = "META-INF/services/";

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    int providers = 0;
    List<String> missing = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> lists = zip.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(SERVICES) && e.getName().length() > SERVICES.length())
          .toList();
      for (ZipEntry list : lists) {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(zip.getInputStream(list), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            String name = line.replaceFirst("#.*", "").strip();
            if (name.isEmpty()) {
              continue;
            }
            providers++;
            if (zip.getEntry(name.replace('.', '/') + ".class") == null) {
              missing.add(name + " (" + list.getName().substring(SERVICES.length()) + ")");
            }
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      System.err.println(jar + " saknar klasser som dess tjänstelistor (META-INF/services) nämner: "
          + String.join(", ", missing));
      System.exit(1);
    }
    System.out.println("Tjänstelistor i " + jar.getFileName() + ": " + providers + " leverantörer, alla finns i jaren");
  }
}
