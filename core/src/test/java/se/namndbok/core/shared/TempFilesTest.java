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
  void createsAHiddenEmptyFileBesideTheTargetReadableByItsUserAlone() throws IOException {
    Path tmp = TempFiles.beside(dir.resolve("ny/kallelse.pdf"));

    assertThat(tmp.getParent()).isEqualTo(dir.resolve("ny"));
    assertThat(tmp.getFileName().toString()).startsWith(".kallelse.pdf.").endsWith(".tmp");
    assertThat(Files.size(tmp)).isZero();
    ReadableOutput.assertPrivate(tmp);
  }

  @Test
  void aCompleteOutputGetsTheFoldersNormalPermissionsAndNoTemporaryFileRemains() throws IOException {
    Path target = dir.resolve("kallelse.pdf");

    TempFiles.write(target, out -> {
      try {
        out.write(new byte[] {1, 2, 3});
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    ReadableOutput.assertReadableByGroupAndOthers(target);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedOutputLeavesNoFile() throws IOException {
    Path target = dir.resolve("kallelse.pdf");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TempFiles.write(target, out -> {
      throw new IllegalStateException("avbrutet");
    })).hasMessage("avbrutet");

    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void givesEachCallItsOwnFile() throws IOException {
    Path target = dir.resolve("kopia.zip");

    assertThat(TempFiles.beside(target)).isNotEqualTo(TempFiles.beside(target));
  }
}
