package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Typography applies each rule only to texts that can match it (a cheap test first, decision record 0162); these
 * tests hold it to the rules as plain patterns over every text, on seeded random texts made of the characters the
 * rules look at.
 */
class TypografiTest {
  private static final long SEED = Long.getLong("typografi.seed", 20261205L);
  private static final String[] PARTS = {"1", "2", "12", "345", "2025", "0", " ", " ", "  ", "\u00A0", "-", "–",
      " - ", " – ", ":", ".", ",", "/", "09:45", "15.00", "§", "§§", "kap.", "kl.", "kr", "tkr", "%", "nr", "a",
      "Mål", "\"", "'", "*", "**", "\n", "x"};

  @Test
  void seededTextsGetWhatThePlainPatternsGive() {
    Random random = new Random(SEED);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int parts = random.nextInt(12); parts >= 0; parts--) {
        text.append(PARTS[random.nextInt(PARTS.length)]);
      }
      String t = text.toString();
      assertThat(Typografi.apply(t)).as("seed %d, text %d: \"%s\"", SEED, n, t).isEqualTo(Plain.apply(t));
    }
  }

  @Test
  void rangesThousandsAndKeptSpacesAsTheRulesSay() {
    assertThat(Typografi.apply("10 - 11 och 09:45-15:00")).isEqualTo("10–11 och 09:45–15:00");
    assertThat(Typografi.apply("Budget 12 345 kr, år 2025")).isEqualTo("Budget 12\u202F345\u00A0kr, år 2025");
    assertThat(Typografi.apply("§ 177 enligt 3 kap. 5 §")).isEqualTo("§\u00A0177 enligt 3\u00A0kap.\u00A05\u00A0§");
    assertThat(Typografi.apply("ingen regel här")).isEqualTo("ingen regel här");
  }

  /** The rules of {@link Typografi#apply} as they were before the cheap tests: each pattern over the text. */
  private static final class Plain {
    static String apply(String text) {
      String t = text;
      if (t.indexOf('*') >= 0) {
        t = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*").matcher(t).replaceAll(Typografi.FET + "$1" + Typografi.NORMAL);
        t = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]*?\\S)?)\\*(?![\\w*])").matcher(t).replaceAll("$1");
      }
      t = t.replaceAll("[\"“„]", "”").replaceAll("['‘]", "’");
      if (t.indexOf('-') >= 0) {
        t = t.replaceAll("(\\d)[ \\u00A0]+[-–][ \\u00A0]+(\\d)", "$1–$2");
        if (t.indexOf(':') >= 0 || t.indexOf('.') >= 0) {
          t = t.replaceAll("(\\d{1,2}[:.]\\d{2})-(\\d{1,2}[:.]\\d{2})", "$1–$2");
        }
        t = t.replace(" - ", " – ");
      }
      Matcher m = Pattern.compile("(?<![\\d.,/:-])\\d{1,3}(?: \\d{3})+(?![\\d/-])").matcher(t);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(' ', Typografi.TUSENTAL)));
      }
      t = m.appendTail(out).toString();
      for (String keep : new String[] {"(§§?) (?=\\d)", "(\\d[a-z]?) (?=§)", "(\\d) (?=kap\\.)", "(kap\\.) (?=\\d)",
          "(kl\\.) (?=\\d)", "(\\d{4}-\\d{2}-\\d{2}) (?=kl\\.)", "(\\d) (?=(?:kr|tkr|mkr|%)(?![\\p{L}]))",
          "(nr) (?=\\d)"}) {
        t = t.replaceAll(keep, "$1" + Typografi.NBSP);
      }
      return t;
    }
  }
}
