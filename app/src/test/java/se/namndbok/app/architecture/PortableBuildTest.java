package se.namndbok.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code mvn verify} runs on Windows, macOS and Linux (decision 0100): no pom of the project declares an OS- or
 * processor-specific artifact (a name or classifier naming linux, windows, mac, darwin, amd64, aarch64 …) among
 * the dependencies every build gets; such artifacts live only in profiles, and a profile that adds one is either
 * activated by the OS it is for or chosen by hand (-Pall-platforms).
 */
class PortableBuildTest {
  private static final Pattern OS_SPECIFIC =
      Pattern.compile("(?i)(linux|windows|\\bwin\\b|darwin|mac|osx|amd64|x86_64|aarch64|arm64)");
  private static final List<String> POMS = List.of("../pom.xml", "../core/pom.xml", "../reports/pom.xml", "pom.xml");

  @Test
  void noOsSpecificDependencyOutsideAProfileThatIsActivatedByItsOsOrByHand() throws Exception {
    List<String> problems = new ArrayList<>();
    int guarded = 0;
    for (String pom : POMS) {
      Path file = Path.of(pom);
      assertThat(file).exists();
      Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
          .getDocumentElement();
      for (Element dependency : dependencies(child(project, "dependencies"))) {
        if (osSpecific(dependency)) {
          problems.add(pom + ": " + describe(dependency) + " hör hemma i en profil som väljs av operativsystemet");
        }
      }
      Element profiles = child(project, "profiles");
      for (Element profile : children(profiles, "profile")) {
        for (Element dependency : dependencies(child(profile, "dependencies"))) {
          if (!osSpecific(dependency)) {
            continue;
          }
          Element activation = child(profile, "activation");
          if (activation != null && child(activation, "os") == null) {
            problems.add(pom + ": profilen " + text(profile, "id") + " lägger till " + describe(dependency)
                + " men väljs inte av operativsystemet");
          }
          guarded++;
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(guarded).as("the PostgreSQL binaries and the JavaFX natives sit in profiles").isGreaterThanOrEqualTo(4);
  }

  private static boolean osSpecific(Element dependency) {
    return OS_SPECIFIC.matcher(text(dependency, "artifactId")).find()
        || OS_SPECIFIC.matcher(text(dependency, "classifier")).find();
  }

  private static String describe(Element dependency) {
    String classifier = text(dependency, "classifier");
    return text(dependency, "groupId") + ":" + text(dependency, "artifactId") + (classifier.isEmpty() ? "" : ":" + classifier);
  }

  private static List<Element> dependencies(Element dependencies) {
    return children(dependencies, "dependency");
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.getFirst();
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }
}
