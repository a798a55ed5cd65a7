package se.namndbok.app.testing;

import se.namndbok.app.CoreWiring;
import se.namndbok.core.CoreServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.namndbok.app.NamndbokApp;
import se.namndbok.app.shared.DemoInstaller;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Database;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.shared.Clock;

/**
 * Opens the real window on {@code args[0]} for screenshots under Xvfb, with a stand-in demo (the 19 ärenden
 * of the reference kallelse) until the real demo board is on main. Not part of the product.
 */
public final class ScreenshotMain {
  private ScreenshotMain() {}

  /** {@code DIR [--prefill]}: with --prefill the stand-in demo is installed first, so the diarium opens directly. */
  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    if (args.length > 1 && args[1].equals("--prefill")) {
      try (Database db = Database.openEmbedded(folder)) {
        new ReferenceArenden().install(CoreWiring.build(db, Clock.system()));
      }
    }
    String select = System.getProperty("shot.select");
    if (select != null) {
      Thread t = new Thread(() -> selectLater(select));
      t.setDaemon(true);
      t.start();
    }
    NamndbokApp.launch(folder, new ReferenceArenden());
  }

  /**
   * Selects the ärende {@code nummer} once the diarium shows, then runs {@code -Dshot.steps}
   * ({@code click:#id;type:#id=text;tab:flik-id;row:#table=text;...}, 1.5 s apart; {@code row} selects the first
   * row whose text contains {@code text}), so shots can include the handlingar pane and dialogs.
   */
  @SuppressWarnings("unchecked")
  private static void selectLater(String nummer) {
    pause(Long.getLong("shot.delay", 9000));
    javafx.application.Platform.runLater(() -> javafx.stage.Window.getWindows().forEach(w -> {
      var table = (javafx.scene.control.TableView<se.namndbok.core.arende.Arende>) w.getScene().lookup("#diariumTable");
      if (table != null) {
        table.getItems().stream().filter(a -> a.diarienummer().toString().equals(nummer)).findFirst()
            .ifPresent(a -> table.getSelectionModel().select(a));
      }
    }));
    for (String step : System.getProperty("shot.steps", "").split(";")) {
      if (step.isBlank()) {
        continue;
      }
      pause(1500);
      javafx.application.Platform.runLater(() -> step(step));
    }
  }

  private static void step(String step) {
    String[] kv = step.split(":", 2);
    String[] target = kv[1].split("=", 2);
    for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
      if (kv[0].equals("tab")) {
        w.getScene().getRoot().lookupAll(".tab-pane").forEach(n -> ((javafx.scene.control.TabPane) n).getTabs().stream()
            .filter(t -> kv[1].equals(t.getId())).findFirst().ifPresent(t -> t.getTabPane().getSelectionModel().select(t)));
        continue;
      }
      javafx.scene.Node node = w.getScene().lookup(target[0]);
      if (node instanceof javafx.scene.control.ButtonBase b && kv[0].equals("click")) {
        b.fire();
        return;
      }
      if (node instanceof javafx.scene.control.TextInputControl t && kv[0].equals("type")) {
        t.setText(target[1]);
        return;
      }
      if (node instanceof javafx.scene.control.TableView<?> table && kv[0].equals("row")) {
        table.getItems().stream().filter(r -> r.toString().contains(target[1])).findFirst()
            .ifPresent(r -> selectRow(table, r));
        return;
      }
      if (node instanceof javafx.scene.control.ListView<?> list && kv[0].equals("row")) {
        list.getItems().stream().filter(r -> r.toString().contains(target[1])).findFirst()
            .ifPresent(r -> list.getSelectionModel().select(list.getItems().indexOf(r)));
        return;
      }
    }
  }

  private static void selectRow(javafx.scene.control.TableView<?> table, Object row) {
    int i = table.getItems().indexOf(row);
    table.getSelectionModel().select(i);
    table.scrollTo(i);
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The ärenden of the reference kallelse, with the meddelanden of § 5 as handlingar. */
  static final class ReferenceArenden implements DemoInstaller {
    private static final String[][] ARENDEN = {
        {"2025/31", "3.9.0.2", "Information från ordföranden 2025", "Maria Lindqvist"},
        {"2025/32", "3.9.0.1", "Information från socialdirektören", "Maria Lindqvist"},
        {"2025/1184", "3.9.0.1", "Information om ekonomi inom hemtjänsten", "Jonas Öhman"},
        {"2025/1185", "3.9.0.1", "Månadsrapport september 2025", "Jonas Öhman"},
        {"2025/1130", "1.1.1.7", "Redovisning av meddelanden oktober 2025", "Åsa Nilsson"},
        {"2025/1129", "1.1.1.7", "Redovisning av delegationsbeslut oktober 2025", "Åsa Nilsson"},
        {"2025/925", "2.4.3.1", "Ansökan om statsbidrag för 2026 till kommunernas arbete med att stärka "
            + "socialtjänstens och hälso- och sjukvårdens beredskap", "Erik Berg"},
        {"2025/1064", "3.9.5.2", "Statistikrapport avseende ej verkställda gynnande beslut enligt 4 § "
            + "Socialtjänstlagen (SoL) kvartal två 2025", "Lena Strand"},
        {"2025/1063", "3.9.6.2", "Statistikrapport avseende ej verkställda gynnande beslut enligt 9 § lagen om "
            + "stöd och service (LSS) kvartal två 2025", "Lena Strand"},
        {"2025/1104", "3.9.0.1", "Norrbottens flyktingmottagande 2026", "Erik Berg"},
        {"2025/1149", "3.9.0.1", "Projektdirektiv arbetsmiljösatsning", "Karin Åkesson"},
        {"2025/346", "3.9.0.1", "Information 1 - Verksamhetsplan 2026", "Maria Lindqvist"},
        {"2025/347", "3.9.0.1", "Information 1 - Socialnämndens plan för internkontroll 2026", "Maria Lindqvist"},
        {"2025/1058", "3.9.0.1", "Information om HR, arbetsmiljö och kompetensförsörjning 2025", "Karin Åkesson"},
        {"2025/1186", "3.9.0.1", "Information om Kronan särskilt boende för äldre", "Jonas Öhman"},
        {"2025/1000", "3.9.0.1", "Meddelanden vuxna och barn från enskilda utskottet 2025-09-10", "Åsa Nilsson"},
        {"2025/1056", "3.9.0.1", "Meddelanden vuxna och barn från enskilda utskottet 2025-09-24", "Åsa Nilsson"},
        {"2025/1207", "3.9.0.1", "Information - rapportering om enskilda ärenden enligt lex Sarah", "Lena Strand"},
        {"2025/1232", "3.9.0.1", "Information - rapportering om enskilda ärenden enligt lex Maria", "Lena Strand"},
    };
    private static final Clock CLOCK = Clock.system();

    @Override
    public void install(CoreServices core) {
      core.namnd().create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
      ArendeService arenden = core.arenden();
      for (int i = 0; i < ARENDEN.length; i++) {
        String[] a = ARENDEN[i];
        Diarienummer d = Diarienummer.parse(a[0]);
        arenden.register(new NyttArende(d, a[1], a[2], a[3], i >= 15, LocalDate.of(2025, 9, 1)));
      }
      long id = arenden.find(Diarienummer.parse("2025/1130")).orElseThrow().id();
      handling(arenden, id, "2025.2708", "2025-09-23", "Hjälpmedelsnämnden", "Hjälpmedelsnämndens protokoll 2025-09-23");
      handling(arenden, id, "2025.2768", "2025-09-25", "Patientnämnden", "Delårsrapport Patientnämnden per augusti 2025");
      handling(arenden, id, "2025.2784", "2025-09-22", "Kommunfullmäktige", "Sammanträdesordning för "
          + "kommunfullmäktige, kommunstyrelsen och utskott 2026");
      handling(arenden, id, "2025.2877", "2025-10-07", "Regionstyrelsen", "Protokollsutdrag - Delårsrapport "
          + "Patientnämnden per augusti 2025");
    }

    private static void handling(ArendeService s, long arende, String hid, String datum, String motpart, String rubrik) {
      s.registerHandling(arende, new NyHandling(se.namndbok.core.arende.HandlingsId.parse(hid), LocalDate.parse(datum),
          Riktning.INKOMMANDE, motpart, rubrik, false));
    }
  }
}
