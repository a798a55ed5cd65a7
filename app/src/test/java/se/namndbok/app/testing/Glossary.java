package se.namndbok.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The window's glossary ({@code ordlista.txt}): one wording per concept. A text breaks it when it uses one of the
 * words the glossary lists as not to be used for a concept (whole words, case ignored).
 */
public final class Glossary {
  private record Rule(String concept, String allowed, String word, Pattern pattern) {}

  private static final List<Rule> RULES = load();

  private Glossary() {}

  /** Each text that breaks the glossary, with the word and the term to use instead. */
  public static List<String> violations(Collection<String> texts) {
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      for (Rule r : RULES) {
        if (r.pattern().matcher(text).find()) {
          found.add("\"" + text + "\": \"" + r.word() + "\" för " + r.concept() + "; skriv " + r.allowed());
        }
      }
    }
    return found;
  }

  private static List<Rule> load() {
    try (InputStream in = Glossary.class.getResourceAsStream("/se/namndbok/app/ordlista.txt")) {
      List<Rule> rules = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String concept = line.substring(0, line.indexOf(':')).strip();
        String[] parts = line.substring(line.indexOf(':') + 1).split("\\|");
        for (String word : parts[1].split(",")) {
          String w = word.strip();
          rules.add(new Rule(concept, parts[0].strip(), w, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w)
              + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
