package se.namndbok.app.om;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.namndbok.app.shared.ProgramVersion;

/**
 * What "Om Nämndbok" shows: the version, the Java and JavaFX the program runs on, and every bundled library with
 * its licence from the list the build writes (decision 0103), plus the PDF typeface's licence that travels with it.
 */
public record OmNamndbok(String version, String javaRuntime, List<Bibliotek> bibliotek, String typsnittLicens) {
  static final String LICENSLISTA = "/META-INF/namndbok-THIRD-PARTY.txt";
  /** The DejaVu licence the reports module takes out of the font jar beside the two TTF files (reports/pom.xml). */
  static final String TYPSNITTSLICENS = "/se/namndbok/reports/layout/dejavu/LICENSE";

  public static OmNamndbok load() {
    return new OmNamndbok(ProgramVersion.version(), runtime(), bibliotek(lines(LICENSLISTA)),
        // the licence file's first line, without its pointer to the full text further down in that file
        lines(TYPSNITTSLICENS).stream().filter(l -> !l.isBlank()).findFirst().orElseThrow()
            .replace(" (see below)", ""));
  }

  /**
   * The libraries by name; where several share a name (Ikonli's three jars say only "Ikonli"), each is named with
   * its artefact too ("Ikonli (ikonli-javafx)"), so the list does not show the same line three times.
   */
  static List<Bibliotek> bibliotek(List<String> lines) {
    List<Bibliotek> parsed = lines.stream().map(Bibliotek::parse).flatMap(Optional::stream).toList();
    java.util.Map<String, Long> perName = parsed.stream()
        .collect(java.util.stream.Collectors.groupingBy(Bibliotek::namn, java.util.stream.Collectors.counting()));
    return parsed.stream()
        .map(b -> perName.get(b.namn()) == 1 ? b : new Bibliotek(b.namn() + " (" + b.artefakt()
            .substring(b.artefakt().indexOf(':') + 1) + ")", b.version(), b.licens(), b.artefakt(), b.url()))
        .sorted(Comparator.comparing((Bibliotek b) -> b.namn().toLowerCase(java.util.Locale.ROOT))).toList();
  }

  private static String runtime() {
    String fx = System.getProperty("javafx.runtime.version");
    return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        + (fx == null ? "" : ", JavaFX " + fx);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = OmNamndbok.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " saknas; bygg programmet med Maven");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
