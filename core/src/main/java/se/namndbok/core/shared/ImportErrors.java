package se.namndbok.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the problems of one imported file so that all of them are reported at once. */
public final class ImportErrors {
  private final String file;
  private final List<ImportError> errors = new ArrayList<>();

  public ImportErrors(String file) {
    this.file = file;
  }

  public void add(int line, String column, String message) {
    errors.add(new ImportError(file, line, column, message));
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

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public int size() {
    return errors.size();
  }

  public List<ImportError> all() {
    return List.copyOf(errors);
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
  }
}
