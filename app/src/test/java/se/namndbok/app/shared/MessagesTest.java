package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Pattern KEY = Pattern.compile("Messages\\.(?:get|format)\\(\"([a-z0-9.]+)\"\\s*[,)]");

  @Test
  void aLongRubrikInANoticeIsCutAtAWordSoTheSentenceEnds() {
    String rubrik = "Åtgärdsplan för ökad tillgänglighet inom äldreomsorgens särskilda boenden i hela kommunen";

    assertThat(Messages.kort(rubrik)).isEqualTo("Åtgärdsplan för ökad tillgänglighet inom …").hasSizeLessThan(50);
    assertThat(Messages.kort("Månadsrapport september 2025")).isEqualTo("Månadsrapport september 2025");
    assertThat(Messages.kort("x".repeat(80), 48)).isEqualTo("x".repeat(48) + " …");
  }

  @Test
  void everyKeyTheSourcesUseIsInTheSwedishBundle() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }

    assertThat(used).hasSizeGreaterThan(20);
    assertThat(used).allSatisfy(key -> assertThat(Messages.bundle().containsKey(key)).as(key).isTrue());
  }

  @Test
  void theBundleIsReadAsUtf8() {
    assertThat(Messages.get("forsta.demo")).isEqualTo("Öppna demonämnden");
    assertThat(Messages.format("diarium.visar", 3, 1234)).isEqualTo("3 av 1\u00a0234 ärenden");
  }

  @Test
  void countsSayOneInTheSingular() {
    assertThat(Messages.format("statistik.importerat", "nya.csv", 1, 1, 0)).isEqualTo("nya.csv: 1 rad läst, 1 ny, 0 ändrade.");
    assertThat(Messages.format("statistik.importerat", "nya.csv", 1200, 2, 1))
        .isEqualTo("nya.csv: 1\u00a0200 rader lästa, 2 nya, 1 ändrad.");
    assertThat(Messages.format("import.klar", 1, "m.csv")).isEqualTo("1 rad inläst från m.csv.");
    assertThat(Messages.format("import.klar", 0, "m.csv")).isEqualTo("0 rader inlästa från m.csv.");
    assertThat(Messages.format("utdata.sidor", "Redovisningen är klar", 1)).isEqualTo("Redovisningen är klar (1 sida)");
    assertThat(Messages.format("kallelse.klar.text", "k.pdf", 78)).isEqualTo("k.pdf (78 sidor)");
    assertThat(Messages.format("sok.lagg.antal", 1)).isEqualTo("Lägg till 1 ärende");
    assertThat(Messages.format("sok.lagg.antal", 2)).isEqualTo("Lägg till 2 ärenden");
    assertThat(Messages.format("aterstall.kopia.innehall", 1, 0)).isEqualTo("1 ärende, 0 sammanträden");
    assertThat(Messages.format("aterstall.kopia.innehall", 1200, 3)).isEqualTo("1\u00a0200 ärenden, 3 sammanträden");
    assertThat(Messages.format("aterstall.filer", 3)).isEqualTo("Filer (handlingar och bilagor): 3");
  }
}
