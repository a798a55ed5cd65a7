package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFoldersTest {
  @TempDir
  Path home;

  @Test
  void aBoardNameBecomesAFolderNameEveryFileSystemAccepts() {
    assertThat(OutputFolders.safeName("Socialnämnden")).isEqualTo("Socialnämnden");
    assertThat(OutputFolders.safeName("Vård/omsorg: \"AU\"?")).isEqualTo("Vård-omsorg- -AU--");
    assertThat(OutputFolders.safeName("Nämnden. ")).isEqualTo("Nämnden");
    assertThat(OutputFolders.safeName("  ")).isEqualTo("Nämnden");
  }

  @Test
  void linuxDocumentsFollowUserDirsAndOtherwiseAreCalledDocuments() throws Exception {
    assertThat(OutputFolders.xdgDocuments(Map.of(), home)).isEqualTo(home.resolve("Documents"));

    Files.createDirectories(home.resolve(".config"));
    Files.writeString(home.resolve(".config/user-dirs.dirs"),
        "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Skrivbord\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokument\"\n");

    assertThat(OutputFolders.xdgDocuments(Map.of(), home)).isEqualTo(home.resolve("Dokument"));
  }
}
