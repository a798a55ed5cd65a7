package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.meddelanden.MeddelandeRad;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.PdfPages;
import se.namndbok.reports.testing.TestPdfs;

/**
 * Over generated meetings with random confidential items, rows and texts, the public version's text contains
 * no confidential word beyond punkt, rubrik and ärendenr, and its contents still point at the right pages.
 */
class OffentligVersionPropertyTest {
  private static final long SEED = Long.getLong("offentlig.seed", 20251023L);
  private static final int CASES = 200;
  private static final String[] WORDS = ("socialnämnden beslutar att lägga informationen till handlingarna "
      + "förvaltningen redovisar utfall prognos särskilt boende hemtjänst insats kvartal § åtgärd ärende "
      + "verksamhet beredskap statsbidrag ansökan underlag dialog").split(" ");

  @TempDir Path dir;

  @Test
  void publicVersionLeaksNoConfidentialText() throws Exception {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      Generated meeting = generate(new Random(seed));
      Path out = dir.resolve("offentlig-" + i + ".pdf");
      KallelsePdf.write(meeting.data(), Version.OFFENTLIG, out, Progress.NONE);
      String text = String.join("\n", PdfPages.text(out));
      for (String secret : meeting.secrets()) {
        assertThat(text).as("seed %d: %s leaked", seed, secret).doesNotContain(secret);
      }
      for (Arendepunkt p : meeting.data().punkter()) {
        assertThat(text).as("seed %d: punkt %s ärendenr", seed, p.punkt()).contains(p.arendenrMedKlassificering());
      }
      KallelsePdfTest.assertContentsTrue(Offentliggorande.apply(meeting.data()), out);
    }
  }

  record Generated(KallelseData data, List<String> secrets) {}

  private static Generated generate(Random random) {
    List<String> secrets = new ArrayList<>();
    List<Arendepunkt> punkter = new ArrayList<>();
    int items = 2 + random.nextInt(10);
    for (int n = 1; n <= items; n++) {
      boolean confidential = random.nextInt(10) < 3;
      punkter.add(item(random, n, confidential, secrets));
    }
    KallelseData data = new KallelseData("Luleå kommun", "Socialnämnden", "2025-10-23",
        "torsdag 23 oktober 2025 kl. 08:15", "Stadshuset", ReferensKallelse.ledamoter(), punkter, false,
        TestPdfs.CREATED);
    return new Generated(data, secrets);
  }

  private static Arendepunkt item(Random random, int n, boolean confidential, List<String> secrets) {
    Text text = confidential ? new Text(random, secrets) : new Text(random, null);
    Arendepunkt.Builder b = Arendepunkt.builder(Integer.toString(n), "Rubrik " + n + " " + text.publicWords(3),
            "2025/" + (100 + n)).klassificering("3.9.0." + random.nextInt(5)).sekretess(confidential)
        .forslag(ReferensKallelse.FORVALTNINGEN, text.words(5 + random.nextInt(20)))
        .sammanfattning(text.paragraphs(random.nextInt(4)))
        .beskrivning(text.paragraphs(random.nextInt(6)))
        .dialog(text.words(random.nextInt(12)))
        .beslutsunderlagRader(underlag(random, text, n, confidential, secrets))
        .skickasTill(random.nextBoolean() ? List.of(text.words(3)) : List.of());
    if (random.nextInt(4) == 0) {
      b.meddelanden(List.of(
          new MeddelandeRad("Kommunstyrelsen", "2025-10-06", "§ 2", "2025/9", "2025.1", text.words(6), false),
          OffentligVersionPropertyTest.<MeddelandeRad>rowSecret(random, secrets,
              s -> new MeddelandeRad("IVO", "2025-10-08", "", "2025/8", "2025.2", s, true))));
    }
    if (random.nextInt(4) == 0) {
      b.delegationsbeslut(List.of(OffentligVersionPropertyTest.<DelegationsbeslutRad>rowSecret(random, secrets,
          s -> new DelegationsbeslutRad("Socialnämndens enskilda utskott", "2025/7", "2025.3", s, "2025-09-24", true))));
    }
    if (random.nextInt(3) == 0) {
      b.bilaga(new Bilaga("bilaga-" + n + ".pdf", TestPdfs.plain("Bilaga " + text.words(4)), null));
    }
    if (random.nextInt(5) == 0) {
      String secret = token(random);
      secrets.add(secret);
      b.bilaga(new Bilaga("skyddad-" + n + ".pdf", TestPdfs.plain("Skyddad " + secret), null, true));
    }
    return b.build();
  }

  /** One public line, and sometimes a confidential handling whose title carries a secret. */
  private static List<Underlag> underlag(Random random, Text text, int n, boolean confidential, List<String> secrets) {
    List<Underlag> rader = new ArrayList<>();
    rader.add(new Underlag(text.words(6) + ", SOC Hid: 2025." + (2000 + n), false));
    if (random.nextInt(3) == 0) {
      String secret = token(random);
      secrets.add(secret);
      rader.add(new Underlag("Utredning om " + secret + ", SOC Hid: 2025." + (3000 + n), true));
    }
    return rader;
  }

  private static <T> T rowSecret(Random random, List<String> secrets, java.util.function.Function<String, T> row) {
    String secret = token(random);
    secrets.add(secret);
    return row.apply("Enskild " + secret + " anmälan");
  }

  private static String token(Random random) {
    StringBuilder token = new StringBuilder("HEMLIG");
    for (int i = 0; i < 6; i++) {
      token.append((char) ('A' + random.nextInt(26)));
    }
    return token.toString();
  }

  /** Random words; for a confidential item every text also carries a fresh secret token. */
  private record Text(Random random, List<String> secrets) {
    String publicWords(int count) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < count; i++) {
        out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      return out.toString();
    }

    String words(int count) {
      if (count == 0) {
        return "";
      }
      String words = publicWords(count);
      if (secrets == null) {
        return words;
      }
      String secret = token(random);
      secrets.add(secret);
      return secret + " " + words;
    }

    String paragraphs(int count) {
      List<String> paragraphs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        paragraphs.add(random.nextInt(4) == 0 ? "- " + words(4) + "\n- " + words(6) : words(10 + random.nextInt(120)));
      }
      return String.join("\n\n", paragraphs);
    }
  }
}
