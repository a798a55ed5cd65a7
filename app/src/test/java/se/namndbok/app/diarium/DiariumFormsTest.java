package se.namndbok.app.diarium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.CoreWiring;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.ArendeStatusService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.testing.TestStore;

/** The diarium's forms without a window: a handling with a file, changing an ärende, closing and reopening it. */
class DiariumFormsTest {
  private TestStore store;
  private ArendeService arenden;
  private Arende arende;
  private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
  @TempDir
  Path dir;

  @BeforeEach
  void open() {
    store = TestStore.create(CoreWiring.renderers());
    arenden = store.core().arenden();
    arende = arenden.register(NyttArende.nytt("3.9.0.1", "Yttrande till IVO", "Anna Ek", false,
        LocalDate.of(2025, 9, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aDroppedFileNamesTheRubrikAndIsStoredAsItIsWithTheHandling() throws Exception {
    Path pdf = Files.write(dir.resolve("Begäran om yttrande.pdf"), "%PDF-1.7 begäran".getBytes());
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);
    List<Handling> saved = new ArrayList<>();

    assertThat(vm.setFile(pdf)).isTrue();
    vm.motpartProperty().set("Inspektionen för vård och omsorg");
    vm.datumProperty().set("15/10");
    vm.save(saved::add);

    assertThat(saved).singleElement().satisfies(h -> {
      assertThat(h.rubrik()).isEqualTo("Begäran om yttrande");
      assertThat(h.datum()).isEqualTo(LocalDate.of(2025, 10, 15));
      assertThat(h.riktning()).isEqualTo(Riktning.INKOMMANDE);
      assertThat(h.motpart()).isEqualTo("Inspektionen för vård och omsorg");
      assertThat(h.fil().namn()).isEqualTo("Begäran om yttrande.pdf");
      assertThat(arenden.readFile(h.fil())).isEqualTo(Files.readAllBytes(pdf));
    });
  }

  @Test
  void theAvsandareOfEarlierHandlingarCompleteTheField() {
    arenden.registerHandling(arende.id(), new se.namndbok.core.arende.NyHandling(null, java.time.LocalDate.of(2025, 9, 1),
        se.namndbok.core.arende.Riktning.INKOMMANDE, "Inspektionen för vård och omsorg", "Begäran", false));
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);
    assertThat(vm.motparter("insp")).as("before they are read").isEmpty();

    vm.withSuggestions();

    assertThat(vm.motparter("insp")).containsExactly("Inspektionen för vård och omsorg");
    assertThat(vm.motparter("kommun")).isEmpty();
  }

  @Test
  void aFileOfAnotherKindIsRefusedAtTheFileFieldAndNotTaken() throws Exception {
    Path exe = Files.write(dir.resolve("program.exe"), new byte[] {1});
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);

    assertThat(vm.setFile(exe)).isFalse();

    assertThat(vm.filProperty().get()).isNull();
    assertThat(vm.rubrikProperty().get()).isEmpty();
    assertThat(vm.errors().get(RegisterHandlingViewModel.FIL).get()).startsWith("Fil: filen program.exe är av en typ");
  }

  @Test
  void aHandlingWithoutRubrikAndWithABadDateIsToldBothAtOnceAndNothingIsSaved() {
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);
    List<Handling> saved = new ArrayList<>();

    vm.datumProperty().set("31/11");
    vm.motpartProperty().set("IVO 19121212-1212");
    vm.save(saved::add);
    assertThat(vm.errors().get("Datum").get()).startsWith("Datum: \"31/11\" är inget datum");
    assertThat(vm.errors().get("Rubrik").get()).isEqualTo("Rubrik: måste fyllas i");
    assertThat(vm.errors().get(ArendeService.MOTPART).get()).contains("innehåller ett personnummer");

    vm.motpartProperty().set("IVO");

    vm.datumProperty().set("2025-10-01");
    vm.save(saved::add);
    assertThat(vm.errors().get("Rubrik").get()).isEqualTo("Rubrik: måste fyllas i");
    assertThat(saved).isEmpty();
    assertThat(arenden.handlingar(arende.id())).isEmpty();
  }

  @Test
  void changingAnArendeKeepsItsNumberAndSaysSoInItsForm() {
    var vm = RegisterArendeViewModel.forChange(arenden, store.clock(), executor, arende);
    List<Arende> saved = new ArrayList<>();
    assertThat(vm.isChange()).isTrue();
    assertThat(vm.rubrikProperty().get()).isEqualTo("Yttrande till IVO");

    vm.rubrikProperty().set("Yttrande till IVO om tillsyn");
    vm.handlaggareProperty().set("Åsa Öberg");
    vm.save(saved::add);

    assertThat(saved).singleElement().satisfies(a -> {
      assertThat(a.diarienummer()).isEqualTo(arende.diarienummer());
      assertThat(a.rubrik()).isEqualTo("Yttrande till IVO om tillsyn");
      assertThat(a.handlaggare()).isEqualTo("Åsa Öberg");
    });
    assertThat(arenden.count()).isEqualTo(1);
  }

  @Test
  void closingNeedsNoReasonReopeningDoes() {
    var status = store.core().arendestatus();
    List<Arende> saved = new ArrayList<>();
    var close = new ArendeStatusViewModel(status, executor, arende);
    assertThat(close.avslutar()).isTrue();
    close.save(saved::add);
    Arende closed = saved.getLast();
    assertThat(closed.status()).isEqualTo(ArendeStatus.AVSLUTAT);

    var reopen = new ArendeStatusViewModel(status, executor, closed);
    assertThat(reopen.avslutar()).isFalse();
    reopen.save(saved::add);
    assertThat(reopen.errors().get("Anledning").get()).isEqualTo("Anledning: måste fyllas i");
    assertThat(saved).hasSize(1);

    reopen.anledningProperty().set("Nytt yttrande");
    reopen.save(saved::add);
    assertThat(saved.getLast().status()).isEqualTo(ArendeStatus.PAGAENDE);
  }
}
