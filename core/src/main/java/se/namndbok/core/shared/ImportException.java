package se.namndbok.core.shared;

import java.util.Comparator;
import java.util.List;

/**
 * An import was refused and nothing of it stored. Lists every bad line, each as
 * {@code FILE, rad N, kolumn X: what is wrong}. It is a {@link ValidationException} (bad input, exit 2 on the
 * command line) whose field is the place in the file.
 */
public class ImportException extends ValidationException {
  private final List<ImportError> importErrors;
  private final long antal;

  public ImportException(List<ImportError> errors) {
    this(errors, errors.size());
  }

  /** {@code antal}: every problem found, also those past the listed ones (only counted, see {@link ImportErrors}). */
  public ImportException(List<ImportError> errors, long antal) {
    super(sorted(errors).stream().map(e -> new FieldError(e.place(), e.message())).toList());
    this.importErrors = sorted(errors);
    this.antal = antal;
  }

  public static ImportException of(String file, int line, String column, String message) {
    return new ImportException(List.of(new ImportError(file, line, column, message)));
  }

  /** Every problem found, in file order. */
  public List<ImportError> importErrors() {
    return importErrors;
  }

  /** How many problems were found, listed or only counted. */
  public long antal() {
    return antal;
  }

  private static List<ImportError> sorted(List<ImportError> errors) {
    return errors.stream().sorted(Comparator.comparingInt(ImportError::line)).toList();
  }
}
