package se.namndbok.app.shared;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import se.namndbok.core.shared.Texts;

/** The window's Swedish texts, from {@code se/namndbok/app/messages_sv.properties} (UTF-8). */
public final class Messages {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("se.namndbok.app.messages", Texts.SWEDISH);

  private Messages() {}

  public static String get(String key) {
    return BUNDLE.getString(key);
  }

  public static String format(String key, Object... args) {
    return new MessageFormat(BUNDLE.getString(key), Texts.SWEDISH).format(args);
  }

  /** A comma-separated list in the bundle ("rubrik, förslag till beslut"), each item stripped. */
  public static java.util.List<String> list(String key) {
    return java.util.Arrays.stream(get(key).split(",")).map(String::strip).toList();
  }

  /** {@code text} quoted after a space (" ”Yttrande”"), or nothing when it is blank: for a name that may be empty. */
  public static String quoted(String text) {
    return text == null || text.isBlank() ? "" : " ”" + text.strip() + "”";
  }

  /**
   * A long text (a rubrik, say) cut to about {@code max} characters at a word, with "…": for a notice that names
   * it, so the sentence's verb ("togs bort") is not what the notice's own ellipsis cuts off.
   */
  public static String kort(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max).stripTrailing() + " …";
  }

  /** {@link #kort(String, int)} at the length notices use. */
  public static String kort(String text) {
    return kort(text, 48);
  }

  public static ResourceBundle bundle() {
    return BUNDLE;
  }
}
