package se.namndbok.core.shared;

/**
 * The program's limits in one place. Each is checked before anything is stored and refused with a Swedish
 * message naming the limit (exit 2 on the command line), never met as a crash deep inside.
 */
public final class Granser {
  /** Longest name of an imported file: it is kept in the audit log's 100-character id column. */
  public static final int FILNAMN_MAX = 100;
  /** Longest physical line of an import file, in bytes. */
  public static final int RAD_MAX_BYTE = 100_000;
  /** Longest cell of an import file when its column names no stricter limit. */
  public static final int FALT_MAX = 2_000;
  /** How many problems a refused import lists; the rest are counted. */
  public static final int FEL_MAX = 200;
  /** Rows per file for the imports that register through the services (delegationsbeslut, meddelanden). */
  public static final long RADER_MAX_REGISTRERING = 100_000;
  /** Rows per file for the streamed import of gynnande beslut. */
  public static final long RADER_MAX_BESLUT = 5_000_000;
  /** Expanded size of everything in a backup: a zip that would grow past this is refused before it is read. */
  public static final long SAKERHETSKOPIA_MAX_BYTE = 16L * 1024 * 1024 * 1024;
  /** How much one backup entry may expand relative to its compressed size (a zip bomb expands by thousands). */
  public static final long SAKERHETSKOPIA_MAX_KVOT = 200;
  /** The dates the program accepts anywhere: outside them a date is a typing error (or an attack). */
  public static final java.time.LocalDate FORSTA_DATUM = java.time.LocalDate.of(1900, 1, 1);
  public static final java.time.LocalDate SISTA_DATUM = java.time.LocalDate.of(2100, 12, 31);

  private Granser() {}
}
