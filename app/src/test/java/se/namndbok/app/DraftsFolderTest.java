package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where a store's drafts are kept (decision 0171): never where another store's, or another user's, are. */
class DraftsFolderTest {
  @Test
  void theEmbeddedStoresDraftsAreInItsOwnFolder() {
    assertThat(WindowStartup.draftsFolder(false, null, "", Path.of("/data/namndbok"), "/data/namndbok"))
        .isEqualTo(Path.of("/data/namndbok/utkast"));
  }

  @Test
  void aSharedStoresDraftsAreInTheLocalDataFolderOnePerServerAndUser() {
    Path anna = WindowStartup.draftsFolder(true, "jdbc:postgresql://db1/namndbok", "anna", null, "/home/anna/namndbok");
    Path annaElsewhere = WindowStartup.draftsFolder(true, "jdbc:postgresql://db2/namndbok", "anna", null,
        "/home/anna/namndbok");
    Path bo = WindowStartup.draftsFolder(true, "jdbc:postgresql://db1/namndbok", "bo", null, "/home/anna/namndbok");

    assertThat(anna.getParent()).isEqualTo(Path.of("/home/anna/namndbok/utkast"));
    assertThat(anna.getFileName().toString()).matches("server-[0-9a-f]{16}");
    assertThat(anna).isNotEqualTo(annaElsewhere).isNotEqualTo(bo)
        .isEqualTo(WindowStartup.draftsFolder(true, "jdbc:postgresql://db1/namndbok", "anna", null,
            "/home/anna/namndbok"));
  }
}
