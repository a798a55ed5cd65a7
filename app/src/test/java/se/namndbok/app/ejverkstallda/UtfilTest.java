package se.namndbok.app.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.shared.ValidationException;

class UtfilTest {
  @TempDir
  Path dir;

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void aWriterThatFailsHalfwayLeavesNoFileUnderAnyName() throws Exception {
    Path target = dir.resolve("rapport.pdf");
    assertThatThrownBy(() -> Utfil.skriv(target, out -> {
      try {
        out.write(new byte[10_000]);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      throw new IllegalStateException("avbrutet");
    })).hasMessage("avbrutet");
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void aFailureKeepsAnEarlierFileOfTheSameNameIntact() throws Exception {
    Path target = Files.writeString(dir.resolve("rapport.csv"), "förra");
    assertThatThrownBy(() -> Utfil.skriv(target, out -> {
      throw new IllegalStateException("avbrutet");
    }));
    assertThat(Files.readString(target)).isEqualTo("förra");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aMissingFolderIsBadInputNamingTheOption() {
    assertThatThrownBy(() -> Utfil.skriv(dir.resolve("finns-inte/x.csv"), out -> {}))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("-o: mappen");
  }

  @Test
  void theWrittenFileGetsTheFoldersNormalPermissions() throws Exception {
    Path target = dir.resolve("statistik.csv");

    Utfil.skriv(target, out -> {
      try {
        out.write(1);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    se.namndbok.core.shared.ReadableOutput.assertReadableByGroupAndOthers(target);
  }
}
