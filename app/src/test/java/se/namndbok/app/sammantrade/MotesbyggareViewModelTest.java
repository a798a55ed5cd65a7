package se.namndbok.app.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.arende.Handling;

class MotesbyggareViewModelTest {
  private BuilderFixture f;
  private MotesbyggareViewModel vm;

  @BeforeEach
  void open() {
    f = new BuilderFixture();
    vm = new MotesbyggareViewModel(f.services, new CurrentThreadTaskExecutor());
    vm.sammantradeProperty().set(f.mote);
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private void addThree() {
    vm.addArende(f.arende("2025/1130"));
    vm.addArende(f.arende("2025/1184"));
    vm.addArende(f.arende("2025/113"));
  }

  private List<String> rubriker() {
    return vm.innehall().stream().map(Innehallsrad::rubrik).toList();
  }

  @Test
  void addedArendenAreNumberedInOrderAndThePreviewShowsTheirArendenummer() {
    addThree();

    assertThat(vm.innehall()).extracting(Innehallsrad::punkt).containsExactly(1, 2, 3);
    assertThat(vm.innehall().getFirst().arendenummer()).isEqualTo("2025/1130-3.9.0.1");
    assertThat(vm.selectedProperty().get().rubrik()).isEqualTo("Ärendebalans individ- och familjeomsorg");
  }

  @Test
  void severalArendenPickedAtOnceAreAddedInOrderAndTheLastIsSelected() {
    vm.addArenden(List.of(f.arende("2025/1184"), f.arende("2025/113")));

    assertThat(rubriker()).containsExactly("Månadsrapport september 2025", "Ärendebalans individ- och familjeomsorg");
    assertThat(vm.innehall()).extracting(Innehallsrad::punkt).containsExactly(1, 2);
    assertThat(vm.selectedProperty().get().rubrik()).isEqualTo("Ärendebalans individ- och familjeomsorg");
  }

  @Test
  void anArendeAlreadyOnTheListIsNotAddedAgainAndTheNoticeNamesItsPunkt() {
    addThree();
    vm.addArenden(List.of(f.arende("2025/1184"), f.arende("2024/1130")));

    assertThat(vm.innehall()).extracting(Innehallsrad::arendenummer).containsExactly("2025/1130-3.9.0.1",
        f.arende("2025/1184").arendenummer().toString(), f.arende("2025/113").arendenummer().toString(),
        f.arende("2024/1130").arendenummer().toString());
    assertThat(vm.noticeProperty().get()).isEqualTo("Redan på ärendelistan, inte tillagt igen: "
        + f.arende("2025/1184").arendenummer() + " (punkt 2).");

    vm.addArenden(List.of(f.arende("2025/1130")));
    assertThat(vm.innehall()).hasSize(4);
    assertThat(vm.selectedProperty().get().nummer()).as("the punkt it already has").isEqualTo(1);
    assertThat(vm.noticeProperty().get()).contains("2025/1130-3.9.0.1 (punkt 1)");
  }

  @Test
  void movingUpAndDownRenumbersAndKeepsTheMovedItemSelected() {
    addThree();
    vm.moveUp(vm.punkter().get(2));

    assertThat(rubriker()).containsExactly("Statsbidrag för att stärka socialtjänstens beredskap",
        "Ärendebalans individ- och familjeomsorg", "Månadsrapport september 2025");
    assertThat(vm.selectedProperty().get().nummer()).isEqualTo(2);
    assertThat(vm.selectedProperty().get().rubrik()).isEqualTo("Ärendebalans individ- och familjeomsorg");

    vm.moveTo(vm.punkter().get(0), 2);
    assertThat(rubriker()).containsExactly("Ärendebalans individ- och familjeomsorg", "Månadsrapport september 2025",
        "Statsbidrag för att stärka socialtjänstens beredskap");
    assertThat(vm.selectedProperty().get().nummer()).isEqualTo(3);
    assertThat(f.services.arendelista().punkter(f.mote.id())).extracting(p -> p.ordning()).containsExactly(1, 2, 3);
  }

  @Test
  void undoingAMoveSaysWhereThePunktIsBack() {
    addThree();
    vm.moveDown(vm.punkter().getFirst());
    vm.undo();

    assertThat(rubriker().getFirst()).isEqualTo("Statsbidrag för att stärka socialtjänstens beredskap");
    assertThat(vm.noticeProperty().get())
        .isEqualTo("”Statsbidrag för att stärka socialtjänstens …” är tillbaka som punkt 1.");
    vm.redo();
    assertThat(vm.noticeProperty().get()).endsWith("är flyttad igen, till punkt 2.");
  }

  @Test
  void movingTheFirstItemUpChangesNothing() {
    addThree();
    List<String> before = rubriker();
    vm.moveUp(vm.punkter().getFirst());
    assertThat(rubriker()).isEqualTo(before);
  }

  @Test
  void openingItemsGoFirstAndReportingItemsLastOnlyOnce() {
    addThree();
    vm.addOppning();
    vm.addRedovisning();
    vm.addOppning();

    assertThat(vm.punkter()).extracting(Punktrad::rubrik).containsExactly("Upprop", "Val av justerare",
        "Statsbidrag för att stärka socialtjänstens beredskap", "Månadsrapport september 2025",
        "Ärendebalans individ- och familjeomsorg", "Meddelanden", "Delegationsbeslut");
    // as the kallelse: upprop and val av justerare are named on its first page, and the first ärende is punkt 1
    assertThat(vm.punkter()).extracting(Punktrad::punktnummer).containsExactly("", "", "1", "2", "3", "4", "5");
    assertThat(rubriker()).containsExactly("Statsbidrag för att stärka socialtjänstens beredskap",
        "Månadsrapport september 2025", "Ärendebalans individ- och familjeomsorg", "Meddelanden", "Delegationsbeslut");
    assertThat(vm.innehall()).extracting(Innehallsrad::punkt).containsExactly(1, 2, 3, 4, 5);
    assertThat(vm.innehall().get(3).arendenummer()).isEmpty();

    Punktrad upprop = vm.punkter().getFirst();
    vm.remove(upprop);
    assertThat(vm.noticeProperty().get()).isEqualTo("”Upprop” togs bort. Ångra lägger tillbaka den.");
    vm.remove(vm.punkter().get(1));
    assertThat(vm.noticeProperty().get()).isEqualTo("Punkt 1 ”Statsbidrag för att stärka socialtjänstens …” "
        + "togs bort. Ångra lägger tillbaka den.");
  }

  @Test
  void undoPutsARemovedItemBackAtItsPlaceWithItsUnderlag() {
    addThree();
    Punktrad first = vm.punkter().getFirst();
    Handling h = f.services.arenden().handlingar(first.arende().id()).getFirst();
    f.services.underlag().addHandling(first.id(), h.id());
    f.services.underlag().addText(first.id(), "Skickas ut innan sammanträdet");
    vm.attach(first, "utredning.pdf", BuilderFixture.pdf());

    vm.remove(first);
    assertThat(vm.innehall()).hasSize(2);
    assertThat(vm.innehall().getFirst().punkt()).isEqualTo(1);
    assertThat(vm.canUndoProperty().get()).isTrue();
    assertThat(vm.noticeProperty().get()).contains("togs bort");

    vm.undo();
    assertThat(rubriker().getFirst()).isEqualTo("Statsbidrag för att stärka socialtjänstens beredskap");
    long restored = vm.punkter().getFirst().id();
    assertThat(vm.selectedProperty().get().id()).isEqualTo(restored);
    assertThat(f.services.underlag().beslutsunderlag(restored)).hasSize(2);
    assertThat(f.services.underlag().bilagor(restored)).hasSize(1);
    assertThat(vm.canUndoProperty().get()).isFalse();
  }

  @Test
  void aValidPdfIsAttachedAndSaysItIsNotPdfA() {
    addThree();
    Punktrad first = vm.punkter().getFirst();
    vm.attach(first, "Utredning.pdf", BuilderFixture.pdf());

    assertThat(f.services.underlag().bilagor(first.id())).hasSize(1);
    long handlingId = f.services.underlag().bilagor(first.id()).getFirst().handlingId();
    assertThat(f.services.arenden().handlingar(first.arende().id())).anyMatch(h -> h.id() == handlingId
        && h.rubrik().equals("Utredning") && h.fil().namn().equals("Utredning.pdf"));
    assertThat(vm.noticeProperty().get()).contains("Utredning.pdf").contains("inte PDF/A");
    assertThat(vm.errorProperty().get()).isEmpty();
  }

  @Test
  void aFileThatIsNotAPdfIsRefusedWithItsNameAndNothingIsStored() {
    addThree();
    Punktrad first = vm.punkter().getFirst();
    int handlingar = f.services.arenden().handlingar(first.arende().id()).size();

    vm.attach(first, "anteckningar.docx", "inte en pdf".getBytes());

    assertThat(vm.errorProperty().get()).isEqualTo("Bilaga: Filen anteckningar.docx är inte en PDF-fil.");
    assertThat(f.services.underlag().bilagor(first.id())).isEmpty();
    assertThat(f.services.arenden().handlingar(first.arende().id())).hasSize(handlingar);
  }

  @Test
  void anItemWithoutArendeCannotTakeAnAttachment() {
    vm.addOppning();
    vm.attach(vm.punkter().getFirst(), "upprop.pdf", BuilderFixture.pdf());
    assertThat(vm.errorProperty().get()).contains("punkt 1 har inget ärende");
  }

  @Test
  void anotherMeetingShowsItsOwnListAndEachMeetingKeepsItsUndo() {
    addThree();
    vm.remove(vm.punkter().getFirst());
    vm.sammantradeProperty().set(null);
    assertThat(vm.punkter()).isEmpty();
    assertThat(vm.canUndoProperty().get()).isFalse();
    vm.sammantradeProperty().set(f.mote);
    assertThat(vm.innehall()).hasSize(2);
    assertThat(vm.canUndoProperty().get()).isTrue();

    vm.undo();
    assertThat(rubriker()).containsExactly("Statsbidrag för att stärka socialtjänstens beredskap",
        "Månadsrapport september 2025", "Ärendebalans individ- och familjeomsorg");
  }

  @Test
  void whileAMeetingsListIsReadTheBuilderSaysSoNotThatTheListIsEmpty() {
    addThree();
    var held = new se.namndbok.app.shared.HeldTaskExecutor();
    var opening = new MotesbyggareViewModel(f.services, held);
    opening.sammantradeProperty().set(f.mote);

    assertThat(opening.loadingProperty().get()).as("the list not read yet").isTrue();
    assertThat(opening.punkter()).isEmpty();
    held.release();
    assertThat(opening.loadingProperty().get()).as("the list read").isFalse();
    assertThat(opening.punkter()).hasSize(3);
  }
}
