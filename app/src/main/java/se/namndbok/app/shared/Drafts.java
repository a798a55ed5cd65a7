package se.namndbok.app.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.Personnummer;
import se.namndbok.core.shared.PrivateFiles;
import se.namndbok.core.shared.TempFiles;

/**
 * What is typed and not yet saved, kept on disk while it is typed, so that a program that ends without being
 * closed (a flat battery, a crash, Windows restarting for an update) gives it back (decision 0171). Each form
 * that holds longer input is kept under a key naming what it edits ("punkt-12"); a quiet pause after typing writes
 * its values and what they were typed over to one private file, saving or discarding removes it, and when the form
 * shows the same record again its typed values are filled in again, unsaved, with a notice. A personnummer is never
 * written: it is replaced by {@link #PERSONNUMMER_BORTTAGET}. Closing the window normally asks about unsaved input
 * as before (decision 0083); the drafts are for when it cannot ask.
 */
public final class Drafts {
  /** What a draft holds where a personnummer was typed: none is ever written, not even in a draft. */
  public static final String PERSONNUMMER_BORTTAGET = "[personnummer borttaget]";
  private static final Logger LOG = LoggerFactory.getLogger(Drafts.class);
  private static final String SUFFIX = ".utkast";

  private final Path folder;
  private final java.util.concurrent.Executor writer;
  private final Clock clock;
  /** The longest a form's typing waits to be written when the user does not pause. */
  static final javafx.util.Duration LONGEST_WAIT = javafx.util.Duration.seconds(3);
  private final Supplier<Debouncer> quiet;
  private final java.util.function.BooleanSupplier allowed;
  private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
  private final java.util.Map<String, Pending> pending = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, Codec<?>> codecs = new java.util.concurrent.ConcurrentHashMap<>();

  Drafts(Path folder, java.util.concurrent.Executor writer, Clock clock, Supplier<Debouncer> quiet,
      java.util.function.BooleanSupplier allowed) {
    this.folder = folder;
    this.writer = writer;
    this.clock = clock;
    this.quiet = quiet;
    this.allowed = allowed;
  }

  /** Keeps nothing: for stores whose content must not be written outside them, and for tests that do not ask. */
  public static Drafts none() {
    return new Drafts(null, Runnable::run, Clock.system(), Debouncer::immediate, () -> false);
  }

  /**
   * Keeps the drafts in {@code folder} (made private when first written), written one at a time on a thread of
   * their own after {@code pause} of quiet in a form, while {@code allowed} says so (not once the store is
   * encrypted: its content is then never written outside it; a draft written before is still filled in).
   */
  public static Drafts in(Path folder, Clock clock, javafx.util.Duration pause,
      java.util.function.BooleanSupplier allowed) {
    ExecutorService one = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "namndbok-utkast");
      t.setDaemon(true);
      return t;
    });
    // typing without a pause is written too, every few seconds: a flat battery loses at most that much
    return new Drafts(folder, one, clock, () -> Debouncer.fx(pause, LONGEST_WAIT), allowed);
  }

  /**
   * Drafts in {@code folder}, written on the calling thread when a form's debouncer from {@code quiet} runs (tests
   * give one they run by hand: as in the window, a record read into a form is read whole before the pause ends).
   */
  public static Drafts of(Path folder, Clock clock, Supplier<Debouncer> quiet) {
    return new Drafts(folder, Runnable::run, clock, quiet, () -> true);
  }

  /**
   * Keeps {@code state}'s unsaved values under the key {@code key} gives when they change (null: the form shows
   * nothing to keep); {@code what} names it in the list shown at start ("punkt 3 ”Rubrik”").
   */
  public Draft keep(EntryFormState state, Supplier<String> key, Supplier<String> what) {
    return new Draft(state, key, what, quiet.get());
  }

  /**
   * How a value of a form's own kind (a person chosen in a list) is written in a draft and read back: texts,
   * check boxes, enums and files are kept without one.
   */
  public interface Codec<T> {
    String write(T value);

    /** The value {@link #write} wrote; null when it cannot be read. */
    T read(String written);
  }

  /** Keeps values of {@code type} in drafts too, written and read by {@code codec}. */
  public <T> void keepAlso(Class<T> type, Codec<T> codec) {
    codecs.put(type.getName(), codec);
  }

  /** The drafts left from earlier, oldest first: what each is of and when it was written. */
  public List<Saved> saved() {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    List<Saved> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
        read(f).ifPresent(p -> out.add(new Saved(name(f), p.getProperty("vad", ""), when(p))));
      }
    } catch (IOException e) {
      LOG.warn("Utkasten i {} kunde inte listas", folder, e);
    }
    out.sort(Comparator.comparing(Saved::when, Comparator.nullsFirst(Comparator.naturalOrder())));
    return out;
  }

  /** Removes every draft (the user chose to throw them away). */
  public void discardAll() {
    saved().forEach(s -> queueDelete(s.key()));
  }

  /** Waits until every draft write and removal asked for so far is done (closing, tests). */
  public void flush() {
    CompletableFuture<Void> pending;
    synchronized (this) {
      pending = last;
    }
    pending.join();
  }

  /** A draft left from earlier: its key, what it is of, when it was written. */
  public record Saved(String key, String what, LocalDateTime when) {}

  /**
   * Typed values filled in again from a draft: when they were written, and the fields (by their place in the
   * form) that someone else changed since the draft's values were typed over them.
   */
  public record Restored(LocalDateTime when, List<Integer> changedSince) {}

  /**
   * The notice a form shows over values filled in again: when they were typed, and which of {@code labels} (the
   * form's fields in {@link EntryFormState} order) someone else has changed since.
   */
  public static String notice(Restored r, List<String> labels) {
    return notice(r, labels, Messages.format("utkast.aterstallt", when(r)));
  }

  /** {@link #notice(Restored, List)} over a form whose message (by {@code key}) takes when and {@code more}. */
  public static String notice(Restored r, List<String> labels, String key, Object more) {
    return notice(r, labels, Messages.format(key, when(r), more));
  }

  private static String notice(Restored r, List<String> labels, String text) {
    String changed = changed(r, labels);
    return changed.isEmpty() ? text : text + " " + Messages.format("utkast.andrat", changed);
  }

  /** When the values filled in again were typed: "6 december kl. 14.32". */
  public static String when(Restored r) {
    return r.when() == null ? Messages.get("utkast.tidigare") : r.when().format(
        java.time.format.DateTimeFormatter.ofPattern("d MMMM 'kl.' HH.mm", se.namndbok.core.shared.Texts.SWEDISH));
  }

  /** The names among {@code labels} of the fields someone else changed since, joined ("rubrik, beskrivning"). */
  public static String changed(Restored r, List<String> labels) {
    return String.join(", ", r.changedSince().stream().filter(i -> i < labels.size()).map(labels::get).distinct()
        .toList());
  }

  /** One form's draft. */
  public final class Draft {
    private final EntryFormState state;
    private final Supplier<String> key;
    private final Supplier<String> what;
    private final Debouncer debouncer;
    /** The key of the draft this form wrote or filled in from (its file is this form's to remove); null if none. */
    private String written;
    /** Set when the form was replaced by a new one for the same record: a write still pending is not made. */
    private boolean retired;

    private Draft(EntryFormState state, Supplier<String> key, Supplier<String> what, Debouncer debouncer) {
      this.state = state;
      this.key = key;
      this.what = what;
      this.debouncer = debouncer;
      if (folder != null) {
        state.fields().forEach(p -> p.addListener((o, was, now) -> debouncer.call(this::persist)));
        state.dirtyProperty().addListener((o, was, now) -> {
          if (!now) {
            persist(); // saved or thrown away: the draft goes at once, not after the pause
          }
        });
      }
    }

    /**
     * Writes the form's values when they are unsaved, removes the draft it wrote when they are not. Only its own:
     * while a record is read into the form, the form is briefly unchanged under the new record's key, and that
     * record's draft is still to be filled in.
     */
    private void persist() {
      if (retired) {
        return;
      }
      String k = key.get();
      if (!state.dirtyProperty().get() || k == null || !allowed.getAsBoolean()) {
        String gone = written;
        written = null;
        if (gone != null) {
          queueDelete(gone);
        }
        return;
      }
      if (written != null && !written.equals(k)) {
        String gone = written;
        queueDelete(gone);
      }
      written = k;
      Properties p = new Properties();
      p.setProperty("vad", Personnummer.utan(Objects.requireNonNullElse(what.get(), ""), PERSONNUMMER_BORTTAGET));
      p.setProperty("tid", clock.now().withNano(0).toString());
      List<Object> values = state.values().values();
      List<Object> baseline = state.baseline().values();
      p.setProperty("antal", Integer.toString(values.size()));
      for (int i = 0; i < values.size(); i++) {
        p.setProperty("v." + i, encodeKept(values.get(i)));
        p.setProperty("b." + i, encodeKept(baseline.get(i)));
      }
      queue(k, new Pending(p), () -> write(k, p));
    }

    /**
     * The form was replaced by another for the same record (a list read again): this one writes and removes
     * nothing more, so a write still waiting for the pause cannot bring back a draft the new form has saved.
     */
    public void retire() {
      retired = true;
    }

    /**
     * The form holds input put back from the form it replaced: the draft that one wrote is now this one's, written
     * after the pause, rewritten as it changes and removed when it is saved or thrown away.
     */
    public void adopt() {
      written = key.get();
      debouncer.call(this::persist); // the replaced form's write may still have been waiting for the pause
    }

    /**
     * Fills in again what a draft of the record now shown holds, over the values just read; nothing when the form
     * already holds unsaved input (it is newer) or there is no draft. A field someone else changed since is filled
     * in all the same and named in {@link Restored#changedSince}, for the notice to tell before it is saved.
     */
    public Optional<Restored> restore() {
      String k = key.get();
      if (folder == null || k == null || state.dirtyProperty().get()) {
        return Optional.empty();
      }
      Pending queued = pending.get(k); // a write or removal not yet on disk is what the draft is
      Optional<Properties> read = queued != null ? Optional.ofNullable(queued.properties()) : read(file(k));
      if (read.isEmpty()) {
        return Optional.empty();
      }
      Properties p = read.get();
      List<Object> current = state.values().values();
      List<Object> filled = new ArrayList<>(current);
      List<Integer> changedSince = new ArrayList<>();
      int count = parseCount(p.getProperty("antal"));
      boolean any = false;
      for (int i = 0; i < Math.min(count, current.size()); i++) {
        Object now = current.get(i);
        Decoded typed = decodeKept(p.getProperty("v." + i), now);
        Decoded over = decodeKept(p.getProperty("b." + i), now);
        if (!typed.known() || (over.known() && Objects.equals(typed.value(), over.value()))
            || Objects.equals(typed.value(), now)) {
          continue;
        }
        if (over.known() && !Objects.equals(over.value(), now)) {
          changedSince.add(i);
        }
        filled.set(i, typed.value());
        any = true;
      }
      if (!any) {
        queueDelete(k); // saved before the program ended, or nothing left that can be filled in
        return Optional.empty();
      }
      state.set(new EntryFormState.Values(filled));
      written = k;
      return Optional.of(new Restored(when(p), List.copyOf(changedSince)));
    }
  }

  /** A write (its values) or a removal (null) of a draft, asked for and not yet done on disk. */
  private record Pending(Properties properties) {}

  private void queueDelete(String key) {
    queue(key, new Pending(null), () -> delete(key));
  }

  /**
   * Runs {@code work} on the drafts' thread after everything asked for before it; until it is done, {@link
   * #pending} holds it for {@code key}, so that a form reading the draft meanwhile reads what it will be, not what
   * the disk still has (a draft thrown away and its record read in again at once must not come back).
   */
  private synchronized void queue(String key, Pending op, Runnable work) {
    pending.put(key, op);
    last = last.thenRunAsync(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.warn("Ett utkast kunde inte skrivas eller tas bort i {}", folder, e);
      } finally {
        pending.remove(key, op);
      }
    }, writer);
  }

  private void write(String key, Properties p) {
    if (!Files.isDirectory(folder)) {
      PrivateFiles.secureFolder(folder);
    }
    TempFiles.writePrivate(file(key), out -> {
      try {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        p.store(w, "Nämndbok: det som skrevs och inte sparades");
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private void delete(String key) {
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Properties> read(Path f) {
    try (Reader r = new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(r);
      return Optional.of(p);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Utkastet {} kunde inte läsas och lämnas orört", f, e);
      return Optional.empty();
    }
  }

  private Path file(String key) {
    return folder.resolve(key.replaceAll("[^A-Za-z0-9-]", "_") + SUFFIX);
  }

  private static String name(Path f) {
    String n = f.getFileName().toString();
    return n.substring(0, n.length() - SUFFIX.length());
  }

  private static LocalDateTime when(Properties p) {
    try {
      return LocalDateTime.parse(p.getProperty("tid", ""));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int parseCount(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** {@link #encode}, and a value of a kind kept by a {@link Codec} as c, its class, # and what the codec wrote. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private String encodeKept(Object v) {
    Codec codec = v == null ? null : codecs.get(v.getClass().getName());
    return codec == null ? encode(v)
        : "c" + v.getClass().getName() + "#" + Personnummer.utan(codec.write(v), PERSONNUMMER_BORTTAGET);
  }

  private Decoded decodeKept(String s, Object like) {
    if (s == null || !s.startsWith("c")) {
      return decode(s, like);
    }
    int hash = s.indexOf('#');
    Codec<?> codec = hash < 0 ? null : codecs.get(s.substring(1, hash));
    Object value = codec == null ? null : codec.read(s.substring(hash + 1));
    return value == null ? Decoded.UNKNOWN : new Decoded(true, value);
  }

  /**
   * A value as written: s text, b true/false, e an enum constant (class#name), f a file's path, n nothing, x not
   * kept.
   */
  static String encode(Object v) {
    return switch (v) {
      case null -> "n";
      case String s -> "s" + Personnummer.utan(s, PERSONNUMMER_BORTTAGET);
      case Boolean b -> "b" + b;
      // by its class too: a choice left empty in the form read in again gives no class to read it by
      case Enum<?> e -> "e" + e.getDeclaringClass().getName() + "#" + e.name();
      // a chosen file by its path, unless the path holds a personnummer (then the file is chosen again)
      case Path f -> Personnummer.finnsI(f.toString()) ? "x" : "f" + f;
      default -> "x";
    };
  }

  private record Decoded(boolean known, Object value) {
    static final Decoded UNKNOWN = new Decoded(false, null);
  }

  /** {@code s} read back as the kind of value {@code like} is (an enum needs its class); unknown when it cannot be. */
  private static Decoded decode(String s, Object like) {
    if (s == null || s.isEmpty()) {
      return Decoded.UNKNOWN;
    }
    String rest = s.substring(1);
    return switch (s.charAt(0)) {
      case 'n' -> new Decoded(true, null);
      case 's' -> new Decoded(true, rest);
      case 'b' -> new Decoded(true, Boolean.parseBoolean(rest));
      case 'e' -> enumValue(rest, like);
      case 'f' -> path(rest);
      default -> Decoded.UNKNOWN;
    };
  }

  private static Decoded path(String s) {
    try {
      return new Decoded(true, Path.of(s));
    } catch (java.nio.file.InvalidPathException e) {
      return Decoded.UNKNOWN;
    }
  }

  /**
   * "se.namndbok.core.ejverkstallda.Kon#K" (or, as first written, "K" read by the class of {@code like}); only the
   * program's own enums are looked up by name.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Decoded enumValue(String written, Object like) {
    int hash = written.indexOf('#');
    Class<?> type = like instanceof Enum<?> e ? e.getDeclaringClass() : null;
    String name = written;
    if (hash >= 0) {
      name = written.substring(hash + 1);
      String className = written.substring(0, hash);
      try {
        type = className.startsWith("se.namndbok.")
            ? Class.forName(className, false, Drafts.class.getClassLoader()) : null;
      } catch (ClassNotFoundException gone) {
        type = null;
      }
    }
    if (type == null || !type.isEnum()) {
      return Decoded.UNKNOWN;
    }
    try {
      return new Decoded(true, Enum.valueOf((Class) type, name));
    } catch (IllegalArgumentException gone) {
      return Decoded.UNKNOWN;
    }
  }
}
