package se.namndbok.core.arende;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a handling may carry, stored as they are (never converted): PDF, Word and Excel documents,
 * images and e-mails saved from the mail program. Anything else is refused with a Swedish message naming the file.
 */
public final class Filtyp {
  /** File name endings, lower case, in the order the window's file chooser lists them. */
  public static final List<String> TILLATNA = List.of("pdf", "docx", "doc", "xlsx", "xls", "odt", "ods", "txt",
      "png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "eml", "msg");
  /** The largest file kept in the store (bytes). */
  public static final long MAX_STORLEK = 200L * 1024 * 1024;

  private Filtyp() {}

  /** The file name's ending, lower case, or "" when it has none. */
  public static String andelse(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  public static boolean tillaten(String fileName) {
    return TILLATNA.contains(andelse(fileName));
  }

  /** Why the file cannot be stored, or null when it can: an unknown kind or too large. */
  public static String fel(String fileName, long size) {
    if (!tillaten(fileName)) {
      return "filen " + fileName + " är av en typ som inte kan registreras; tillåtna är PDF, Word, Excel, "
          + "OpenDocument, text, bilder (PNG, JPEG, GIF, TIFF, BMP) och e-post (EML, MSG)";
    }
    if (size > MAX_STORLEK) {
      return "filen " + fileName + " är större än " + MAX_STORLEK / 1024 / 1024 + " MB";
    }
    if (size <= 0) {
      return "filen " + fileName + " är tom";
    }
    return null;
  }
}
