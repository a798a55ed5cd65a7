package se.namndbok.reports.kallelse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import se.namndbok.core.testing.BenchmarkLine;
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
 * 60-item meeting of about 250 pages built from it with a fixed seed (issue 10, point 4). Each round times both
 * in the same thread, by processor time and by the wall clock; the ratios of the rounds after the warm-up are
 * reported, ending with two {@code BENCHMARK|...} lines per meeting over processor time: against the plain floor
 * (decision record 0144) and against the tagged floor ({@link TextAndMergeFloor#tagged}: the tags and archival
 * metadata every kallelse must have, 0144 addendum). No timing is asserted.
 */
public final class KallelseBenchmark {
  private static final long SEED = 20261202L;
  private static final String GOAL = BenchmarkLine.atMost(1.5);
  /** The share of the model items' bilagor the 60 items keep: 252 pages with this seed. */
  private static final double BILAGOR = 0.95;

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
      long stort = new StortSammantrade(store.core()).skapa(LocalDate.of(2026, 2, 12), 60, SEED, BILAGOR).id();
      long demo = store.core().sammantraden().requireNamndens(LocalDate.of(2025, 10, 23)).id();
      KallelseBenchmark b = new KallelseBenchmark(store, Files.createTempDirectory(Files.createDirectories(Path.of("target", "benchmark")), "kallelse"));
      if (!only.equals("kallelse-60-punkter")) {
        lines.addAll(b.measure("kallelse-demo", "Kallelsen för demonämndens sammanträde", demo, rounds, warmup));
      }
      if (!only.equals("kallelse-demo")) {
        lines.addAll(b.measure("kallelse-60-punkter", "Kallelsen för ett sammanträde med 60 punkter (seed " + SEED + ")",
            stort, rounds, warmup));
      }
    }
    lines.forEach(System.out::println);
  }

  /**
   * The ratios to the plain floor (as decision record 0144 measured) and to the tagged floor (the same pages
   * with the tags and archival metadata the product must write, 0144 addendum): one BENCHMARK line each, the
   * latter with the id suffix {@code -taggat-golv}.
   */
  private List<String> measure(String id, String beskrivning, long sammantradeId, int rounds, int warmup)
      throws IOException {
    Path program = dir.resolve(id + ".pdf");
    int pages = export(sammantradeId, program);
    List<Path> attachments = attachments(sammantradeId);
    List<List<String>> own = OwnPages.of(program, attachments);
    TextAndMergeFloor floor = new TextAndMergeFloor(TextAndMergeFloor.printable(own), attachments);
    TextAndMergeFloor tagged = floor.tagged();
    Path floorOut = dir.resolve(id + "-golv.pdf");
    Path taggedOut = dir.resolve(id + "-taggat-golv.pdf");
    System.out.printf(Locale.ROOT, "%s: %d pages, %d of them its own and %d attachments (floor %d pages, tagged "
        + "floor %d), load average %s%n", id, pages, own.size(), attachments.size(), floor.write(floorOut),
        tagged.write(taggedOut), loadAverage());
    List<Double> cpu = new ArrayList<>();
    List<Double> taggedCpu = new ArrayList<>();
    List<Double> wall = new ArrayList<>();
    for (int round = 0; round < warmup + rounds; round++) {
      Time f = Time.of(() -> floor.write(floorOut));
      Time r = Time.of(() -> kallelser.underlag(sammantradeId));
      Time p = Time.of(() -> export(sammantradeId, program));
      Time t = Time.of(() -> tagged.write(taggedOut));
      System.out.printf(Locale.ROOT, "%s round %d%s: floor %s | program %s (the read alone %s) | tagged floor %s = "
          + "%.2f× cpu, %.2f× wall; %.2f× the tagged floor's cpu%n", id, round, round < warmup ? " (warm-up)" : "", f,
          p, r, t, p.cpu() / f.cpu(), p.wall() / f.wall(), p.cpu() / t.cpu());
      if (round >= warmup) {
        cpu.add(p.cpu() / f.cpu());
        taggedCpu.add(p.cpu() / t.cpu());
        wall.add(p.wall() / f.wall());
      }
    }
    Collections.sort(wall);
    System.out.printf(Locale.ROOT, "%s wall-clock ratios: min %.2f median %.2f max %.2f n %d, load average %s%n", id,
        wall.getFirst(), wall.get(wall.size() / 2), wall.getLast(), wall.size(), loadAverage());
    return List.of(BenchmarkLine.format(id, beskrivning + ", " + pages + " sidor (processortid)", cpu, GOAL),
        BenchmarkLine.format(id + "-taggat-golv", beskrivning + ", " + pages + " sidor, mot ett taggat golv "
            + "(processortid)", taggedCpu, GOAL));
  }

  /**
   * The time a step took: the thread's processor time (what the ratio is taken over: on the shared two-core
   * machine the wall clock mostly measures the other builds) and the wall clock, in milliseconds.
   */
  private record Time(double cpu, double wall) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    interface Step {
      void run() throws IOException;
    }

    static Time of(Step step) throws IOException {
      long c = THREADS.getCurrentThreadCpuTime();
      long w = System.nanoTime();
      step.run();
      return new Time((THREADS.getCurrentThreadCpuTime() - c) / 1e6, (System.nanoTime() - w) / 1e6);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.0f ms cpu, %.0f ms wall", cpu, wall);
    }
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
