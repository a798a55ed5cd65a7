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

  public ImportException(List<ImportError> errors) {
    super(sorted(errors).stream().map(e -> new FieldError(e.place(), e.message())).toList());
    this.importErrors = sorted(errors);
  }

  public static ImportException of(String file, int line, String column, String message) {
    return new ImportException(List.of(new ImportError(file, line, column, message)));
  }

  /** Every problem found, in file order. */
  public List<ImportError> importErrors() {
    return importErrors;
  }

  private static List<ImportError> sorted(List<ImportError> errors) {
    return errors.stream().sorted(Comparator.comparingInt(ImportError::line)).toList();
  }
}
