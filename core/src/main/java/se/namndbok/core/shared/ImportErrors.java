package se.namndbok.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Collects the problems of one imported file so that all of them are reported at once. */
public final class ImportErrors {
  private final String file;
  private final List<ImportError> errors = new ArrayList<>();
  private long notListed;

  public ImportErrors(String file) {
    this.file = file;
  }

  /** Records a problem; past {@link Granser#FEL_MAX} problems they are only counted, so memory stays bounded. */
  public void add(int line, String column, String message) {
    if (errors.size() < Granser.FEL_MAX) {
      errors.add(new ImportError(file, line, column, message));
    } else {
      notListed++;
    }
  }

  /**
   * Runs {@code parse} for one cell; a {@link ValidationException} it throws becomes an error at that line and
   * column (its messages, without the field label) and null is returned.
   */
  public <T> T cell(int line, String column, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ValidationException e) {
      e.errors().forEach(fe -> add(line, column, fe.message()));
      return null;
    }
  }

  /**
   * Runs the work for one row; a {@link ValidationException} it throws becomes errors at that line, each in the
   * column that {@code columns} maps its field to (or, for a field not in the map, naming the field).
   */
  public void row(int line, Map<String, String> columns, Runnable work) {
    try {
      work.run();
    } catch (ValidationException e) {
      for (ValidationException.FieldError fe : e.errors()) {
        String column = columns.get(fe.field());
        add(line, column, column == null ? fe.toString() : fe.message());
      }
    }
  }

  /** Reads a yes/no cell: ja/nej, j/n, x (yes), true/false, 1/0; blank is no. */
  public static boolean jaNej(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "ja", "j", "x", "true", "1", "sant" -> true;
      case "nej", "n", "false", "0", "falskt" -> false;
      default -> throw ValidationException.of("Ja/nej", Personnummer.citat(value.strip()) + " är inget ja eller nej; skriv ja eller nej");
    };
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Problems found so far, listed or only counted. */
  public int size() {
    return (int) Math.min(Integer.MAX_VALUE, errors.size() + notListed);
  }

  public List<ImportError> all() {
    return List.copyOf(errors);
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      List<ImportError> all = new ArrayList<>(errors);
      if (notListed > 0) {
        all.add(new ImportError(file, Integer.MAX_VALUE, null, "och " + notListed + " fel till på senare rader"));
      }
      throw new ImportException(all, errors.size() + notListed);
    }
  }
}
