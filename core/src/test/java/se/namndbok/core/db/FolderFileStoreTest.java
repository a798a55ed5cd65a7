package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.shared.ReadableOutput;

class FolderFileStoreTest {
  @TempDir Path dir;

  @Test
  void storedFileIsReadableByGroupAndOthersAndNoTemporaryFileRemains() throws IOException {
    FolderFileStore store = new FolderFileStore(dir);

    String sha = store.put("bilaga".getBytes(StandardCharsets.UTF_8));

    ReadableOutput.assertReadableByGroupAndOthers(store.path(sha));
    try (var files = Files.list(store.path(sha).getParent())) {
      assertThat(files).containsExactly(store.path(sha));
    }
    assertThat(store.all()).containsExactly(sha);
  }
}
