package se.namndbok.app.server;

import java.io.Console;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.namndbok.app.cli.StoreCommand;
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.db.Database;
import se.namndbok.core.CoreServices;
import se.namndbok.core.shared.ValidationException;

@Command(name = "lagg-till", mixinStandardHelpOptions = true,
    description = "Lägger till en person som egen inloggning på servern, med en eller flera roller. Lösenordet tas "
        + "från miljövariabeln " + LaggTillAnvandareCommand.NYTT_LOSENORD + " eller frågas efter.")
public final class LaggTillAnvandareCommand extends StoreCommand {
  public static final String NYTT_LOSENORD = "NAMNDBOK_NYTT_LOSENORD";

  @Parameters(paramLabel = "NAMN", description = "Inloggningsnamnet (små bokstäver a–z, siffror, _ och .).")
  String namn;

  @Option(names = "--roll", required = true, paramLabel = "ROLL", description = "sekreterare, registrator, statistik, "
      + "lasare eller administrator; kan anges flera gånger.")
  List<String> roller;

  @Override
  protected int run(CoreServices core) {
    Set<AnvandarRoll> valda = EnumSet.noneOf(AnvandarRoll.class);
    for (String r : roller) {
      valda.add(AnvandarRoll.parse(r).orElseThrow(() -> ValidationException.of("--roll", "okänd roll \"" + r
          + "\"; välj bland " + Arrays.stream(AnvandarRoll.values()).map(AnvandarRoll::kod).collect(Collectors.joining(", ")))));
    }
    char[] losenord = losenord();
    try {
      core.server().laggTill(namn, losenord, valda);
    } finally {
      Arrays.fill(losenord, '\0');
    }
    System.out.println("Användaren " + namn + " är tillagd med rollerna " + valda.stream().map(AnvandarRoll::kod)
        .collect(Collectors.joining(", ")) + ".");
    return 0;
  }

  private char[] losenord() {
    String fromEnvironment = root().store().variable(NYTT_LOSENORD);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      throw ValidationException.of("Lösenord", "ange det nya lösenordet i miljövariabeln " + NYTT_LOSENORD
          + " (ingen terminal att fråga i)");
    }
    char[] first = console.readPassword("Nytt lösenord för %s: ", namn);
    char[] again = console.readPassword("Samma lösenord igen: ");
    if (first == null || !Arrays.equals(first, again)) {
      throw ValidationException.of("Lösenord", "de två lösenorden är inte lika");
    }
    return first;
  }
}
