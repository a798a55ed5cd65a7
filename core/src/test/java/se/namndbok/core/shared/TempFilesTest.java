package se.namndbok.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {
  @TempDir Path dir;

  @Test
  void createsAHiddenEmptyFileBesideTheTargetWithNormalPermissions() throws IOException {
    Path tmp = TempFiles.beside(dir.resolve("ny/kallelse.pdf"));

    assertThat(tmp.getParent()).isEqualTo(dir.resolve("ny"));
    assertThat(tmp.getFileName().toString()).startsWith(".kallelse.pdf.").endsWith(".tmp");
    assertThat(Files.size(tmp)).isZero();
    ReadableOutput.assertReadableByGroupAndOthers(tmp);
  }

  @Test
  void givesEachCallItsOwnFile() throws IOException {
    Path target = dir.resolve("kopia.zip");

    assertThat(TempFiles.beside(target)).isNotEqualTo(TempFiles.beside(target));
  }
}
