import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Build step of {@code mvn -Pall-platforms package} (app/pom.xml): refuses a namndbok.jar that lacks the JavaFX
 * native libraries of Windows, macOS or Linux, and lists the ones it has. Run with the JDK's source launcher:
 * {@code java app/src/build/PlatformJarCheck.java app/target/namndbok.jar}.
 */
public final class PlatformJarCheck {
  /** One library per platform that JavaFX cannot open a window without (the glass windowing layer). */
  private static final Map<String, String> REQUIRED = Map.of(
      "Windows", "glass.dll", "macOS", "libglass.dylib", "Linux", "libglassgtk3.so");

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    List<String> natives = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().map(e -> e.getName())
          .filter(n -> !n.contains("/") && (n.endsWith(".dll") || n.endsWith(".dylib") || n.endsWith(".so")))
          .sorted().forEach(natives::add);
    }
    System.out.println("JavaFX-bibliotek i " + jar.getFileName() + ": " + String.join(" ", natives));
    List<String> missing = REQUIRED.entrySet().stream().filter(e -> !natives.contains(e.getValue()))
        .map(e -> e.getKey() + " (" + e.getValue() + ")").sorted().toList();
    if (!missing.isEmpty()) {
      System.err.println(jar + " saknar JavaFX-biblioteken för " + String.join(", ", missing));
      System.exit(1);
    }
  }
}
