package se.namndbok.reports.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.layout.Typografi;
import se.namndbok.reports.meddelanden.MeddelandeRad;
import se.namndbok.reports.sekretess.Sekretessgrund;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.Contents;
import se.namndbok.reports.testing.PageNumbers;
import se.namndbok.reports.testing.PrintedPdf;
import se.namndbok.reports.testing.TestPdfs;

/**
 * Over 500 generated meetings (fixed seed, printed on failure; {@code -Dkallelse.cases=N} for more): random
 * confidential items under random grounds, confidential rows among public ones, confidential and public
 * attachments of random page counts, sizes and rotations, long texts. For the public version of every meeting,
 * and the members' version of every fifth:
 * <ul>
 *   <li>the contents' page numbers are the pages where each punkt starts, ranges running on without gaps;</li>
 *   <li>no confidential text, file name or title reaches the text, the bookmarks or the file's bytes, and each
 *       withheld row says under which ground;</li>
 *   <li>every page carries its "Sida N av M" exactly once, inside the printable area, with nothing else in
 *       the band below the content;</li>
 *   <li>the reading order of the structure tree is the page order, each attachment read within its punkt.</li>
 * </ul>
 */
class KallelsePropertyTest {
  private static final long SEED = Long.getLong("kallelse.seed", 20251023L);
  private static final int CASES = Integer.getInteger("kallelse.cases", 500);
  private static final float BAND = 54f;
  private static final List<Sekretessgrund> GROUNDS = List.of(Sekretessgrund.SOCIALTJANST,
      new Sekretessgrund("25 kap. 1 § OSL", "25 kap. 1 § offentlighets- och sekretesslagen (2009:400)"),
      new Sekretessgrund("39 kap. 1 § OSL", "39 kap. 1 § offentlighets- och sekretesslagen (2009:400)"));
  private static final PDRectangle[] SIZES = {PDRectangle.A4, PDRectangle.LETTER, PDRectangle.A5,
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())};
  private static final String[] WORDS = ("socialnämnden beslutar att lägga informationen till handlingarna "
      + "förvaltningen redovisar utfall prognos särskilt boende hemtjänst insats kvartal § 12 åtgärd ärende "
      + "verksamhet beredskap statsbidrag ansökan underlag dialog 3 kap. matchning").split(" ");

  @TempDir Path dir;

  @Test
  void everyGeneratedKallelseIsTrueToItsContentsNumberedOnEveryPageReadInPageOrderAndLeaksNothing()
      throws Exception {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      Generated meeting = generate(new Random(seed));
      check(seed, meeting, Version.OFFENTLIG);
      if (i % 5 == 0) {
        check(seed, meeting, Version.LEDAMOT);
      }
    }
  }

  private void check(long seed, Generated meeting, Version version) throws Exception {
    Path out = dir.resolve("kallelse-" + seed + "-" + version + ".pdf");
    KallelsePdf.write(meeting.data(), version, out, Progress.NONE);
    byte[] bytes = Files.readAllBytes(out);
    Files.delete(out);
    PrintedPdf pdf = PrintedPdf.read(bytes, BAND);
    String at = "seed " + seed + " " + version;
    KallelseData printed = version == Version.OFFENTLIG ? Offentliggorande.apply(meeting.data()) : meeting.data();

    contentsTrue(at, printed, pdf, Contents.of(String.join("", pdf.pages.subList(1, Math.min(4, pdf.pages.size())))));
    for (PageNumbers.Page page : pdf.numbers) {
      assertThat(page.count()).as("%s page %d: its number once", at, page.number()).isEqualTo(1);
      assertThat(page.insidePrintableArea()).as("%s page %d: %s", at, page.number(), page).isTrue();
      assertThat(page.belowBand()).as("%s page %d: the band", at, page.number()).isEmpty();
    }
    assertThat(pdf.order.firstDisorder()).as("%s reading order", at).isNull();
    if (version == Version.OFFENTLIG) {
      leaksNothing(at, meeting, pdf);
    }
  }

  private static void contentsTrue(String at, KallelseData printed, PrintedPdf pdf, Contents contents) {
    int expectedNext = -1;
    for (Arendepunkt p : printed.punkter()) {
      Contents.Range range = contents.range(p.punkt(), p.arendenr());
      assertThat(pdf.pages.get(range.first() - 1)).as("%s punkt %s on page %d", at, p.punkt(), range.first())
          .contains("Punkt " + p.punkt()).contains("Ärendenr " + p.arendenrMedKlassificering());
      if (expectedNext > 0) {
        assertThat(range.first()).as("%s punkt %s follows the previous range", at, p.punkt()).isEqualTo(expectedNext);
      }
      expectedNext = range.last() + 1;
    }
    assertThat(expectedNext - 1).as("%s the last range ends on the last page", at).isEqualTo(pdf.pages.size());
  }

  private static void leaksNothing(String at, Generated meeting, PrintedPdf pdf) {
    String text = pdf.searchable();
    for (String secret : meeting.secrets()) {
      assertThat(text).as("%s: %s in the text", at, secret).doesNotContain(secret);
      assertThat(pdf.raw).as("%s: %s in the file", at, secret).doesNotContain(secret)
          .doesNotContain(secret.replaceAll("(.)", "\u0000$1"));
      assertThat(pdf.bookmarks).as("%s: %s in a bookmark", at, secret).noneMatch(b -> b.contains(secret));
    }
    for (Sekretessgrund ground : meeting.groundsOfRows()) {
      assertThat(pdf.all().replaceAll("\\s+", " ")).as("%s: withheld row under %s", at, ground.kortform())
          .contains(Typografi.printed(ground.rad()));
    }
  }

  record Generated(KallelseData data, List<String> secrets, List<Sekretessgrund> groundsOfRows) {}

  private static Generated generate(Random random) {
    List<String> secrets = new ArrayList<>();
    List<Sekretessgrund> rows = new ArrayList<>();
    List<Arendepunkt> punkter = new ArrayList<>();
    int items = 2 + random.nextInt(6);
    for (int n = 1; n <= items; n++) {
      Sekretessgrund ground = random.nextInt(10) < 3 ? GROUNDS.get(random.nextInt(GROUNDS.size())) : null;
      punkter.add(item(random, n, ground, secrets, rows));
    }
    KallelseData data = new KallelseData("Luleå kommun", "Socialnämnden", "2025-10-23",
        "torsdag 23 oktober 2025 kl. 08:15", "Stadshuset", ReferensKallelse.ledamoter(), punkter, false,
        TestPdfs.CREATED);
    return new Generated(data, secrets, ground(punkter, rows));
  }

  /** The grounds of withheld rows in public items: what the public version must print. */
  private static List<Sekretessgrund> ground(List<Arendepunkt> punkter, List<Sekretessgrund> rows) {
    return punkter.stream().anyMatch(p -> !p.sekretess()) ? rows : List.of();
  }

  private static Arendepunkt item(Random random, int n, Sekretessgrund ground, List<String> secrets,
      List<Sekretessgrund> rowGrounds) {
    Text text = new Text(random, ground == null ? null : secrets);
    Arendepunkt.Builder b = Arendepunkt.builder(Integer.toString(n), "Rubrik " + n + " " + text.publicWords(3),
            "2025/" + (100 + n)).klassificering("3.9.0." + random.nextInt(5)).sekretess(ground)
        .forslag(ReferensKallelse.FORVALTNINGEN, text.words(5 + random.nextInt(20)))
        .sammanfattning(text.paragraphs(random.nextInt(4)))
        .beskrivning(text.paragraphs(random.nextInt(random.nextInt(6) == 0 ? 14 : 5)))
        .dialog(text.words(random.nextInt(12)));
    List<Sekretessgrund> rows = ground == null ? rowGrounds : new ArrayList<>();
    b.beslutsunderlagRader(underlag(random, text, n, secrets, rows));
    if (random.nextInt(3) == 0) {
      b.meddelanden(meddelanden(random, text, secrets, rows));
    }
    if (random.nextInt(3) == 0) {
      b.delegationsbeslut(delegationsbeslut(random, text, secrets, rows));
    }
    for (int a = random.nextInt(3); a > 0; a--) {
      b.bilaga(attachment(random, n, a, null, secrets));
    }
    if (random.nextInt(4) == 0) {
      b.bilaga(attachment(random, n, 9, GROUNDS.get(random.nextInt(GROUNDS.size())), secrets));
    }
    return b.build();
  }

  private static Bilaga attachment(Random random, int n, int a, Sekretessgrund ground, List<String> secrets) {
    String token = ground == null ? "" : secret(random, secrets);
    String name = "bilaga-" + n + "-" + a + token + ".pdf";
    String title = "Bilaga " + n + "." + a + " " + token;
    int rotation = random.nextInt(6) == 0 ? 90 * (1 + random.nextInt(3)) : 0;
    byte[] pdf = TestPdfs.plainPages(title, 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 4),
        SIZES[random.nextInt(SIZES.length)], rotation);
    return new Bilaga(name, title, pdf, null, ground);
  }

  private static List<Underlag> underlag(Random random, Text text, int n, List<String> secrets,
      List<Sekretessgrund> rows) {
    List<Underlag> rader = new ArrayList<>();
    rader.add(Underlag.offentligt(text.words(6) + ", SOC Hid: 2025." + (2000 + n)));
    if (random.nextInt(3) == 0) {
      Sekretessgrund ground = GROUNDS.get(random.nextInt(GROUNDS.size()));
      rows.add(ground);
      rader.add(new Underlag("Utredning om " + secret(random, secrets) + ", SOC Hid: 2025." + (3000 + n), ground));
    }
    return rader;
  }

  private static List<MeddelandeRad> meddelanden(Random random, Text text, List<String> secrets,
      List<Sekretessgrund> rows) {
    List<MeddelandeRad> rader = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 6); i++) {
      if (random.nextInt(4) == 0) {
        Sekretessgrund ground = GROUNDS.get(random.nextInt(GROUNDS.size()));
        rows.add(ground);
        rader.add(new MeddelandeRad("Privatperson " + secret(random, secrets), "2025-10-08", "", "2025/8",
            "2025." + (5000 + i), "Klagomål gällande " + secret(random, secrets), ground));
      } else {
        rader.add(new MeddelandeRad("Kommunstyrelsen", "2025-10-06", "§ " + (100 + i), "2025/9", "2025." + (4000 + i),
            text.publicWords(4 + random.nextInt(20)), (Sekretessgrund) null));
      }
    }
    return rader;
  }

  private static List<DelegationsbeslutRad> delegationsbeslut(Random random, Text text, List<String> secrets,
      List<Sekretessgrund> rows) {
    List<DelegationsbeslutRad> rader = new ArrayList<>();
    String[] delegater = {"Socialnämndens enskilda utskott", "Verksamhetschef/avdelningschef", "MAS/MAR/SAS"};
    for (int i = 0; i < 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 8); i++) {
      String delegat = delegater[Math.min(delegater.length - 1, i / 5)];
      if (random.nextInt(4) == 0) {
        Sekretessgrund ground = GROUNDS.get(random.nextInt(GROUNDS.size()));
        rows.add(ground);
        rader.add(new DelegationsbeslutRad(delegat, "2025/7", "2025." + (6000 + i),
            "Beslut om " + secret(random, secrets), "2025-09-24", ground));
      } else {
        rader.add(new DelegationsbeslutRad(delegat, "2025/146", "2025." + (7000 + i), text.publicWords(6),
            "2025-09-18", (Sekretessgrund) null));
      }
    }
    return rader;
  }

  private static String secret(Random random, List<String> secrets) {
    StringBuilder token = new StringBuilder("HEMLIG");
    for (int i = 0; i < 6; i++) {
      token.append((char) ('A' + random.nextInt(26)));
    }
    secrets.add(token.toString());
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
      return secrets == null ? words : secret(random, secrets) + " " + words;
    }

    String paragraphs(int count) {
      List<String> paragraphs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        paragraphs.add(switch (random.nextInt(5)) {
          case 0 -> "- " + words(4) + "\n- " + words(6) + "\n- " + words(3);
          case 1 -> "## " + words(3);
          default -> words(10 + random.nextInt(random.nextInt(5) == 0 ? 600 : 120));
        });
      }
      return String.join("\n\n", paragraphs);
    }
  }
}
