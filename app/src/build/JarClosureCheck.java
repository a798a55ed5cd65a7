import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.MethodTypeEntry;
import java.lang.classfile.constantpool.NameAndTypeEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Build step of every {@code mvn package} of the app (app/pom.xml), after the shade: the shade filters leave out
 * classes of some libraries that nothing reaches (decision 0148). This step follows every class reference from
 * our own classes, the main class and the classes the service lists name, through the classes in the jar, and
 * refuses the jar if one of the references leads to a missing class in a left-out part (the packages it is
 * given). A window that starts to use another ControlsFX control, or a Commons CSV that needs more of
 * commons-io, then stops here instead of with a NoClassDefFoundError in the user's window.
 * A third argument names classes a library loads by name (Logback's XML configurator and the appenders an XML
 * file from IT may name); they are followed as if the program named them.
 * {@code java app/src/build/JarClosureCheck.java app/target/namndbok.jar org/controlsfx/,impl/org/controlsfx/
 * [ch/qos/logback/classic/util/DefaultJoranConfigurator,...]}.
 */
public final class JarClosureCheck {
  private static final Pattern TYPE = Pattern.compile("L([^;<]+)[;<]");
  private static final String SERVICES = "META-INF/services/";

  public static void main(String[] args) throws IOException {
    Path path = Path.of(args[0]);
    List<String> trimmed = List.of(args[1].split(","));
    Set<String> missing = new TreeSet<>();
    int reached = 0;
    try (JarFile jar = new JarFile(path.toFile())) {
      Set<String> roots = roots(jar);
      if (args.length > 2) {
        for (String byName : args[2].split(",")) {
          if (jar.getEntry(byName + ".class") == null) {
            missing.add(byName + " (laddas med namn)");
          }
          roots.add(byName);
        }
      }
      Deque<String> todo = new ArrayDeque<>(roots);
      Set<String> seen = new HashSet<>(todo);
      while (!todo.isEmpty()) {
        String from = todo.pop();
        ZipEntry entry = jar.getEntry(from + ".class");
        if (entry == null) {
          continue;
        }
        reached++;
        for (String to : references(jar.getInputStream(entry).readAllBytes())) {
          if (jar.getEntry(to + ".class") == null) {
            if (trimmed.stream().anyMatch(to::startsWith)) {
              missing.add(to + " (från " + from + ")");
            }
          } else if (seen.add(to)) {
            todo.push(to);
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      System.err.println(path + " saknar klasser som programmet når, i de delar som shade-filtren lämnar ute "
          + "(beslut 0148):\n  " + String.join("\n  ", missing));
      System.exit(1);
    }
    System.out.println("Klasser som programmet når i " + path.getFileName() + ": " + reached
        + ", ingen saknas i " + String.join(" ", trimmed));
  }

  private static Set<String> roots(JarFile jar) throws IOException {
    Set<String> roots = new HashSet<>();
    roots.add(jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS).replace('.', '/'));
    for (var entries = jar.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = entries.nextElement();
      String name = entry.getName();
      if (name.startsWith("se/namndbok/") && name.endsWith(".class")) {
        roots.add(name.substring(0, name.length() - ".class".length()));
      } else if (name.startsWith(SERVICES) && !entry.isDirectory()) {
        roots.add(name.substring(SERVICES.length()).replace('.', '/'));
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
          in.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
              .forEach(line -> roots.add(line.replace('.', '/')));
        }
      }
    }
    return roots;
  }

  /** Every class the class file names: in its constant pool and in its fields' and methods' types. */
  private static Set<String> references(byte[] bytes) {
    ClassModel model = ClassFile.of().parse(bytes);
    Set<String> names = new HashSet<>();
    for (PoolEntry entry : model.constantPool()) {
      switch (entry) {
        case ClassEntry c -> addType(names, c.asInternalName());
        case NameAndTypeEntry n -> addDescriptor(names, n.type().stringValue());
        case MethodTypeEntry m -> addDescriptor(names, m.descriptor().stringValue());
        default -> { }
      }
    }
    for (FieldModel field : model.fields()) {
      addDescriptor(names, field.fieldType().stringValue());
    }
    for (MethodModel method : model.methods()) {
      addDescriptor(names, method.methodType().stringValue());
    }
    return names;
  }

  private static void addType(Set<String> names, String internalName) {
    if (internalName.startsWith("[")) {
      addDescriptor(names, internalName);
    } else {
      names.add(internalName);
    }
  }

  private static void addDescriptor(Set<String> names, String descriptor) {
    Matcher m = TYPE.matcher(descriptor);
    while (m.find()) {
      names.add(m.group(1));
    }
  }
}
