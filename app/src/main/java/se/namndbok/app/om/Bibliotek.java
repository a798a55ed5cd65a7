package se.namndbok.app.om;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One library that travels with the program, as the build's licence list (license-maven-plugin's THIRD-PARTY
 * file, read from the libraries' own poms) names it: {@code (Licens A) (Licens B) Namn (grupp:artefakt:version - url)}.
 */
public record Bibliotek(String namn, String version, String licens, String artefakt, String url) {
  private static final Pattern LINE = Pattern.compile("^(.*) \\(([^\\s:()]+:[^\\s:()]+):(\\S+) - (.*)\\)$");

  /** The line's library, or empty for a line that names none (the file's heading, a blank line). */
  static Optional<Bibliotek> parse(String line) {
    String s = line.strip();
    if (!s.startsWith("(")) {
      return Optional.empty();
    }
    Matcher m = LINE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1);
    List<String> licenses = new ArrayList<>();
    while (rest.startsWith("(")) {
      int end = closing(rest);
      if (end < 0) {
        return Optional.empty();
      }
      licenses.add(rest.substring(1, end).strip());
      rest = rest.substring(end + 1).strip();
    }
    return Optional.of(new Bibliotek(rest, m.group(3), String.join(" eller ", licenses), m.group(2), m.group(4)));
  }

  /** The index of the parenthesis that closes the one at 0 (a licence's name may hold parentheses of its own). */
  private static int closing(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
