package se.namndbok.reports.kallelse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.kallelse.KallelsePunkt;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.testing.StortSammantrade;
import se.namndbok.core.testing.TestStore;
import se.namndbok.reports.demo.DemoBilagaPdf;
import se.namndbok.reports.layout.Progress;
import se.namndbok.reports.layout.TextAndMergeFloor;
import se.namndbok.reports.sekretess.Version;
import se.namndbok.reports.testing.TestPdfs;

/**
 * The kallelse as the export makes it — the meeting read from the store, mapped, laid out, attachments read and
 * merged, the file written — against a floor measured in the same run ({@link TextAndMergeFloor}: the same
 * pages' text written plainly and the same attachment files appended), for the demo board's meeting and a
 * 60-item meeting of about 250 pages built from it with a fixed seed (issue 10, point 4). Each round times both;
 * the ratios of the rounds after the warm-up are reported, ending with one {@code BENCHMARK|...} line per
 * meeting. No timing is asserted.
 */
public final class KallelseBenchmark {
  private static final long SEED = 20261202L;
  private static final String GOAL = "≤ 1.5×";

  private final TestStore store;
  private final KallelseService kallelser;
  private final Path dir;

  private KallelseBenchmark(TestStore store, Path dir) {
    this.store = store;
    this.kallelser = store.core().kallelse();
    this.dir = dir;
  }

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String only = args.length > 2 ? args[2] : "";
    List<String> lines = new ArrayList<>();
    try (TestStore store = TestStore.create()) {
      store.core().demo().load(DemoBilagaPdf::of);
      long stort = new StortSammantrade(store.core()).skapa(LocalDate.of(2026, 2, 12), 60, SEED, 0.5).id();
      long demo = store.core().sammantraden().requireNamndens(LocalDate.of(2025, 10, 23)).id();
      KallelseBenchmark b = new KallelseBenchmark(store, Files.createTempDirectory(Files.createDirectories(Path.of("target", "benchmark")), "kallelse"));
      if (!only.equals("kallelse-60-punkter")) {
        lines.add(b.measure("kallelse-demo", "Kallelsen för demonämndens sammanträde", demo, rounds, warmup));
      }
      if (!only.equals("kallelse-demo")) {
        lines.add(b.measure("kallelse-60-punkter", "Kallelsen för ett sammanträde med 60 punkter och hälften av "
            + "bilagorna (seed " + SEED + ")", stort, rounds, warmup));
      }
    }
    lines.forEach(System.out::println);
  }

  private String measure(String id, String beskrivning, long sammantradeId, int rounds, int warmup)
      throws IOException {
    Path program = dir.resolve(id + ".pdf");
    int pages = export(sammantradeId, program);
    List<Path> attachments = attachments(sammantradeId);
    List<List<String>> own = OwnPages.of(program, attachments);
    TextAndMergeFloor floor = new TextAndMergeFloor(TextAndMergeFloor.printable(own), attachments);
    Path floorOut = dir.resolve(id + "-golv.pdf");
    System.out.printf(Locale.ROOT, "%s: %d pages, %d of them its own and %d attachments (floor %d pages), "
        + "load average %s%n", id, pages, own.size(), attachments.size(), floor.write(floorOut), loadAverage());
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < warmup + rounds; round++) {
      long f = System.nanoTime();
      floor.write(floorOut);
      f = System.nanoTime() - f;
      long r = System.nanoTime();
      kallelser.underlag(sammantradeId);
      r = System.nanoTime() - r;
      long p = System.nanoTime();
      export(sammantradeId, program);
      p = System.nanoTime() - p;
      double ratio = (double) p / f;
      System.out.printf(Locale.ROOT, "%s round %d%s: floor %d ms | program %d ms (the read alone %d ms) = %.2f×%n",
          id, round, round < warmup ? " (warm-up)" : "", f / 1_000_000, p / 1_000_000, r / 1_000_000, ratio);
      if (round >= warmup) {
        ratios.add(ratio);
      }
    }
    Collections.sort(ratios);
    return String.format(Locale.ROOT, "BENCHMARK|%s|%s|%.2f|%.2f|%.2f|%d|%s", id, beskrivning + ", " + pages
        + " sidor", ratios.getFirst(), ratios.get(ratios.size() / 2), ratios.getLast(), ratios.size(), GOAL);
  }

  /** What {@code export kallelse} does for the members' version, from the store to the file. */
  private int export(long sammantradeId, Path out) {
    return KallelsePdf.write(KallelseMapper.from(kallelser.underlag(sammantradeId), kallelser::fil,
        TestPdfs.CREATED), Version.LEDAMOT, out, Progress.NONE).pages();
  }

  /** The stored files of the meeting's bilagor, in the order they are merged. */
  private List<Path> attachments(long sammantradeId) {
    return kallelser.underlag(sammantradeId).punkter().stream().map(KallelsePunkt::bilagor).flatMap(List::stream)
        .map(Handling::fil).filter(f -> f != null).map(f -> store.folderFiles().path(f.sha256())).toList();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }
}
