package se.namndbok.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.namndbok.app.Commands;

/** The window starts without the commands' models only when the line names no command, help or anything else. */
class OpensWindowTest {
  @TempDir
  Path data;

  private static boolean opensWindow(String... args) {
    CommandLine root = NamndbokCommand.commandLine(store -> 0, db -> {
      throw new AssertionError("no store is opened here");
    });
    return NamndbokCommand.opensWindow(root, args);
  }

  @Test
  void onlyTheRootsOwnOptionsWithTheirValuesOpenTheWindowDirectly() {
    assertThat(opensWindow()).isTrue();
    assertThat(opensWindow("--data", "/tmp/n")).isTrue();
    assertThat(opensWindow("--data=/tmp/n")).isTrue();
    assertThat(opensWindow("--db", "jdbc:postgresql://server/namndbok", "--db-user", "anna")).isTrue();
    assertThat(opensWindow("--data", "statistik")).as("a folder named like a command is the option's value").isTrue();
  }

  @Test
  void aCommandHelpVersionOrAnythingUnknownGetsEveryCommandRegistered() {
    assertThat(opensWindow("statistik")).isFalse();
    assertThat(opensWindow("--data", "/tmp/n", "ivo")).isFalse();
    assertThat(opensWindow("statstik")).as("a misspelt command still gets picocli's suggestion").isFalse();
    assertThat(opensWindow("--help")).isFalse();
    assertThat(opensWindow("-h")).isFalse();
    assertThat(opensWindow("--version")).isFalse();
    assertThat(opensWindow("--fnord")).isFalse();
  }

  @Test
  void aFolderNamedLikeACommandOpensTheWindowOnThatFolder() {
    Path folder = data.resolve("demo");
    Path[] opened = new Path[1];
    int status = Commands.run(store -> {
      opened[0] = store.dataFolder();
      return 7;
    }, "--data", folder.toString());

    assertThat(status).isEqualTo(7);
    assertThat(opened[0]).isEqualTo(folder);
  }
}
