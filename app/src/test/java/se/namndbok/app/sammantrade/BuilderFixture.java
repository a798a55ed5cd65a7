package se.namndbok.app.sammantrade;

import se.namndbok.app.CoreWiring;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.WindowPreferences;
import se.namndbok.app.testing.FakeDemo;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.testing.TestStore;

/** A store with the small stand-in board, a meeting on 2025-11-20 and preferences of its own (removed at close). */
final class BuilderFixture implements AutoCloseable {
  final TestStore store = TestStore.create(CoreWiring.renderers());
  final Preferences node = Preferences.userRoot().node("se/namndbok/test/" + UUID.randomUUID());
  final AppServices services;
  final Sammantrade mote;

  BuilderFixture() {
    new FakeDemo().install(store.core());
    services = new AppServices(store.core(), new WindowPreferences(node));
    mote = services.sammantraden().create(new NyttSammantrade(null, LocalDate.of(2025, 11, 20), LocalTime.of(13, 0),
        "Stadshuset"));
  }

  Arende arende(String diarienummer) {
    return services.arenden().find(Diarienummer.parse(diarienummer)).orElseThrow();
  }

  /** A small valid PDF (one empty page, not PDF/A). */
  static byte[] pdf() {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws BackingStoreException {
    node.removeNode();
    store.close();
  }
}
