package se.namndbok.app.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.arende.Arende;

class ArendeSokViewModelTest {
  private BuilderFixture f;
  private final List<Runnable> pending = new ArrayList<>();
  private ArendeSokViewModel vm;

  @BeforeEach
  void open() {
    f = new BuilderFixture();
    vm = new ArendeSokViewModel(f.services.arenden(), new CurrentThreadTaskExecutor(), pending::add);
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  @Test
  void typingSearchesTheDiariumByNumberOrRubrik() {
    vm.queryProperty().set("2025/1184");
    pending.removeFirst().run();
    assertThat(vm.traffar()).extracting(Arende::rubrik).containsExactly("Månadsrapport september 2025");

    vm.queryProperty().set("statsbidrag");
    pending.removeFirst().run();
    assertThat(vm.traffar()).extracting(a -> a.diarienummer().toString()).containsExactly("2025/1130");
  }

  @Test
  void whileTheHitsOfWhatWasTypedAreNotShownItSaysSoAndSearchNowShowsThemWithoutThePause() {
    vm.queryProperty().set("2025/1184");
    pending.removeFirst().run();
    assertThat(vm.sokerProperty().get()).isFalse();

    vm.queryProperty().set("statsbidrag");
    assertThat(vm.sokerProperty().get()).as("the list still shows 2025/1184").isTrue();
    vm.searchNow();
    assertThat(vm.sokerProperty().get()).isFalse();
    assertThat(vm.traffar()).extracting(a -> a.diarienummer().toString()).containsExactly("2025/1130");

    pending.clear(); // the paused search searchNow went ahead of
    vm.queryProperty().set("2025/1184");
    vm.queryProperty().set("statsbidrag");
    pending.getFirst().run();
    assertThat(vm.sokerProperty().get()).as("an answer for an older query").isTrue();
    pending.get(1).run();
    assertThat(vm.sokerProperty().get()).as("the same hits as shown").isFalse();
  }

  @Test
  void anAnswerForAnOlderQueryIsDropped() {
    vm.queryProperty().set("2025/1184");
    vm.queryProperty().set("statsbidrag");
    pending.getFirst().run();
    assertThat(vm.traffar()).isEmpty();
    pending.get(1).run();
    assertThat(vm.traffar()).hasSize(1);
  }

  @Test
  void arendenMarkedAcrossSearchesAreAddedTogetherInTheOrderTheyWereMarked() {
    vm.queryProperty().set("1184");
    pending.removeFirst().run();
    Arende manad = vm.traffar().getFirst();
    vm.toggle(manad);
    vm.queryProperty().set("statsbidrag");
    pending.removeFirst().run();
    Arende statsbidrag = vm.traffar().getFirst();
    vm.toggle(statsbidrag);

    assertThat(vm.attLaggaTill(null)).containsExactly(manad, statsbidrag);
    assertThat(vm.attLaggaTill(statsbidrag)).containsExactly(manad, statsbidrag);

    vm.toggle(manad);
    assertThat(vm.valda()).containsExactly(statsbidrag);
  }

  @Test
  void withoutMarksTheHighlightedArendeIsAdded() {
    vm.search("");
    Arende first = vm.traffar().getFirst();

    assertThat(vm.attLaggaTill(first)).containsExactly(first);
    assertThat(vm.attLaggaTill(null)).isEmpty();
  }
}
