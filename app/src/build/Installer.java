import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import java.util.stream.Stream;

/**
 * Build step of {@code mvn -Pinstaller -DskipTests package} (app/pom.xml, decision 0102): this OS's installer for
 * Nämndbok, with a Java runtime of its own, so the user needs neither a JDK nor Maven.
 * <ol>
 *   <li>jdeps lists the JDK modules namndbok.jar uses; jlink (through jpackage) builds a runtime of only those,
 *       plus the ones jdeps cannot see (Swedish locale data, the extra charsets).</li>
 *   <li>jpackage makes the application image: launcher, icon, version, runtime.</li>
 *   <li>Optionally a training run ({@code AotTraining}) writes the JDK 25 AOT cache into the image
 *       and the launcher is told to use it.</li>
 *   <li>jpackage turns the image into a .deb, .msi or .dmg with a menu entry (Linux, Windows) and a shortcut.</li>
 * </ol>
 * Arguments: {@code --jar J --type deb|msi|dmg|app-image --icon I --version V --aot true|false --work W --out O};
 * {@code --aot true} only with {@code app-image} (see {@link #train}).
 */
public final class Installer {
  static final String NAME = "Nämndbok";
  static final String MAIN_CLASS = "se.namndbok.app.Launcher";
  static final String VENDOR = "Nämndbok";
  static final String DESCRIPTION = "Kallelser, protokoll, delegationsbeslut, meddelanden och ej verkställda beslut "
      + "för en socialnämnd";
  /**
   * Used by reflection or as data, so jdeps cannot see them: sv/en locale data (dates, collation), the extra
   * charsets, and sun.misc.Unsafe, which PDFBox looks up by name to unmap its files (without it, every PDF logs
   * "Unmapping is not supported").
   */
  static final List<String> MODULES_JDEPS_CANNOT_SEE = List.of("jdk.localedata", "jdk.charsets", "jdk.unsupported");
  /**
   * jpackage's own jlink defaults with the modules left uncompressed: the installer's own compression (xz in a
   * .deb) packs them solidly, far smaller. The AOT training run keeps bin/java (no --strip-native-commands).
   */
  static final String JLINK_OPTIONS = "--strip-debug --no-man-pages --no-header-files --compress=zip-0 "
      + "--include-locales=sv,en";
  /** Fixed, so that a newer .msi replaces the installed version instead of installing beside it. */
  static final String WINDOWS_UPGRADE_UUID = "3c7b6a2e-5f0d-4d56-9a37-6c1f0b8e2d41";

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path jar = Path.of(a.get("jar"));
    String type = a.get("type");
    Path icon = Path.of(a.get("icon"));
    String version = a.get("version").replaceFirst("-.*", "");
    Path work = Path.of(a.get("work")).toAbsolutePath();
    Path out = Path.of(a.get("out")).toAbsolutePath();
    deleteTree(work);
    deleteTree(out);
    Path input = Files.createDirectories(work.resolve("input"));
    stored(jar, input.resolve(jar.getFileName()));

    String modules = modules(jar);
    Files.writeString(work.resolve("moduler.txt"), modules + "\n");
    System.out.println("Moduler i programmets Java-miljö: " + modules);

    boolean aot = Boolean.parseBoolean(a.getOrDefault("aot", "false"));
    if (aot && !type.equals("app-image")) {
      throw new IllegalArgumentException("AOT-cachen går bara med --type app-image: jpackage ger jarfilen en ny "
          + "tidsstämpel när den bygger paketet, och då vägrar JVM:en cachen vid varje start (beslut 0102)");
    }
    Path images = work.resolve("image");
    List<String> image = new ArrayList<>(List.of("--type", "app-image", "--dest", images.toString(),
        "--input", input.toString(), "--main-jar", jar.getFileName().toString(), "--main-class", MAIN_CLASS,
        "--add-modules", modules, "--jlink-options", JLINK_OPTIONS + (aot ? "" : " --strip-native-commands"),
        "--java-options", "--enable-native-access=ALL-UNNAMED"));
    image.addAll(common(version, icon));
    run("jpackage", image);
    Path app;
    try (Stream<Path> s = Files.list(images)) {
      app = s.findFirst().orElseThrow();
    }

    if (aot) {
      train(app, work);
    }
    if (type.equals("app-image")) {
      Files.createDirectories(out);
      Files.move(app, out.resolve(app.getFileName()));
      System.out.println("Programmapp: " + out.resolve(app.getFileName()));
      return;
    }

    List<String> installer = new ArrayList<>(List.of("--type", type, "--dest", out.toString(),
        "--app-image", app.toString()));
    installer.addAll(common(version, icon));
    installer.addAll(switch (type) {
      // JavaFX's own libraries travel inside the jar, so jpackage cannot see that the window needs GTK 3
      case "deb" -> List.of("--linux-package-name", "namndbok", "--linux-shortcut", "--linux-menu-group", "Office",
          "--linux-app-category", "office", "--linux-package-deps", "libgtk-3-0");
      case "msi" -> List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut", "--win-dir-chooser",
          "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID);
      case "dmg" -> List.of("--mac-package-identifier", "se.namndbok.app", "--mac-package-name", NAME);
      default -> throw new IllegalArgumentException("okänd pakettyp " + type);
    });
    run("jpackage", installer);
    try (Stream<Path> s = Files.list(out)) {
      for (Path p : s.toList()) {
        System.out.printf(Locale.ROOT, "Installationsfil: %s (%.1f MB)%n", p, Files.size(p) / 1e6);
      }
    }
  }

  /**
   * The jar with every entry stored, not deflated: the installer compresses the whole image at once (xz, cabinet,
   * zlib), which packs 30,000 class files far tighter than the jar's one-by-one deflate (decision 0102).
   */
  static void stored(Path jar, Path to) throws IOException {
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(to)))) {
      out.setMethod(ZipOutputStream.STORED);
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        ZipEntry copy = new ZipEntry(e.getName());
        CRC32 crc = new CRC32();
        crc.update(bytes);
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(bytes.length);
        copy.setCompressedSize(bytes.length);
        copy.setCrc(crc.getValue());
        copy.setTime(e.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  private static List<String> common(String version, Path icon) {
    return List.of("--name", NAME, "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION,
        "--icon", icon.toString());
  }

  /** jdeps' modules for the jar (every class, every release of a multi-release jar up to 25) plus the unseen ones. */
  static String modules(Path jar) {
    String printed = run("jdeps", List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "25",
        jar.toString())).strip();
    TreeSet<String> modules = new TreeSet<>(List.of(printed.substring(printed.lastIndexOf('\n') + 1).split(",")));
    modules.addAll(MODULES_JDEPS_CANNOT_SEE);
    return String.join(",", modules);
  }

  /**
   * The AOT training run: the image's own java with the launcher's class path and native access runs
   * {@link AotTrain} (demo, statistik and the window to the diarium, on an Xvfb of its own where needed), and the launcher's
   * configuration gets {@code -XX:AOTCache} for the cache it wrote. The JVM checks the jar's size and time stamp
   * against the cache's; jpackage copies the image when it builds a .deb, .msi or .dmg and gives the jar a new
   * time stamp, so the cache is refused (with an error on every start) in the installed program. Hence only for
   * an application image, which keeps the jar as it was trained.
   */
  static void train(Path app, Path work) throws IOException, InterruptedException {
    Path cfg = find(app, p -> p.getFileName().toString().endsWith(".cfg")
        && Files.exists(p.resolveSibling("namndbok.jar")));
    Path appDir = cfg.getParent();
    Path java = find(app, p -> p.getParent().getFileName().toString().equals("bin")
        && (p.getFileName().toString().equals("java") || p.getFileName().toString().equals("java.exe")));
    Path cache = appDir.resolve("namndbok.aot");
    AotTrain.train(java, cache, List.of("--enable-native-access=ALL-UNNAMED", "-cp",
        appDir.resolve("namndbok.jar").toString()));
    List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
    int at = lines.indexOf("[JavaOptions]");
    lines.add(at + 1, "java-options=-XX:AOTCache=$APPDIR/namndbok.aot");
    Files.write(cfg, lines);
  }

  private static Path find(Path root, java.util.function.Predicate<Path> what) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(what).findFirst()
          .orElseThrow(() -> new IllegalStateException("hittar inget sådant i " + root));
    }
  }

  /** Runs a JDK tool in this JVM; its output is printed, and returned for jdeps. */
  static String run(String tool, List<String> args) {
    StringWriter out = new StringWriter();
    int status = ToolProvider.findFirst(tool).orElseThrow().run(new PrintWriter(out, true), new PrintWriter(System.err, true),
        args.toArray(String[]::new));
    System.out.print(out);
    if (status != 0) {
      throw new IllegalStateException(tool + " misslyckades (status " + status + ") med " + args);
    }
    return out.toString();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
