package se.namndbok.app.delegationsbeslut;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.AreaCommands;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.ReportedEntriesArea;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.shared.Texts;

/** The delegationsbeslut area: the entry form above, the filtered list below. */
public final class DelegationsbeslutView extends VBox implements AreaCommands.Delegating, UnsavedChanges.Source {
  private static final ReportedEntriesArea.Spec SPEC = new ReportedEntriesArea.Spec("delegationsbeslutView", "db",
      "delegationsbeslutTable", "nav.delegationsbeslut", "delegationsbeslut", "import.delegationsbeslut");
  private final DelegationsbeslutViewModel vm;
  private final ReportedEntriesArea<Delegationsbeslut> area;
  private final DelegationsbeslutFormViewModel formVm;

  public DelegationsbeslutView(AppServices services, TaskExecutor executor) {
    this.vm = new DelegationsbeslutViewModel(services, executor);
    this.formVm = new DelegationsbeslutFormViewModel(services, executor, vm.history());
    DelegationsbeslutForm form = new DelegationsbeslutForm(formVm, vm::saved);
    area = new ReportedEntriesArea<>(this, vm, SPEC,
        (Delegationsbeslut b) -> Messages.format("delegationsbeslut.borttaget", b.diarienummer(), Messages.kort(b.rubrik())))
        .redovisning(services, new RedovisningViewModel(services, executor));
    area.build(form, form::focusFirst, List.of(delegatFilter()), columns(), b -> {
      formVm.edit(b);
      form.focusFirst();
    }, b -> java.util.Objects.equals(formVm.editingProperty().get(), b.id()),
        b -> formVm.stale().readsAgain(b.id()));
    formVm.loadDelegater();
    vm.load();
    services.andringar().pa(java.util.Set.of("delegationsbeslut", "delegat", "arende"), vm::refresh);
  }

  private ComboBox<Delegat> delegatFilter() {
    ComboBox<Delegat> delegat = new ComboBox<>(vm.delegatval());
    delegat.setId("dbFilterDelegat");
    delegat.setConverter(new StringConverter<>() {
      @Override
      public String toString(Delegat d) {
        return d == null ? "" : d.namn();
      }

      @Override
      public Delegat fromString(String s) {
        return null;
      }
    });
    delegat.valueProperty().bindBidirectional(vm.delegatProperty());
    delegat.setPrefWidth(230);
    delegat.setAccessibleText(Messages.get("falt.delegat"));
    return delegat;
  }

  private List<TableColumn<Delegationsbeslut, ?>> columns() {
    Comparator<String> text = Texts.swedishOrder();
    TableColumn<Delegationsbeslut, LocalDate> datum = EntryForms.column("dbKol-datum", Messages.get("kol.beslutsdatum"),
        Delegationsbeslut::beslutsdatum, Comparator.naturalOrder());
    TableColumn<Delegationsbeslut, Diarienummer> nummer = EntryForms.column("dbKol-diarienummer",
        Messages.get("falt.diarienummer"), Delegationsbeslut::diarienummer, Comparator.naturalOrder());
    TableColumn<Delegationsbeslut, String> delegat = EntryForms.column("dbKol-delegat", Messages.get("falt.delegat"),
        Delegationsbeslut::delegat, text);
    TableColumn<Delegationsbeslut, String> punkt = EntryForms.column("dbKol-punkt", Messages.get("kol.punkt"),
        b -> b.delegationspunkt() == null ? "" : b.delegationspunkt(), text);
    TableColumn<Delegationsbeslut, String> rubrik = EntryForms.column("dbKol-rubrik", Messages.get("falt.rubrik"),
        Delegationsbeslut::rubrik, text);
    TableColumn<Delegationsbeslut, String> sekretess = EntryForms.column("dbKol-sekretess", Messages.get("kol.sekretess"),
        vm::sekretess, text);
    TableColumn<Delegationsbeslut, String> mote = EntryForms.column("dbKol-mote", Messages.get("kol.anmals"),
        vm::anmalsTill, text);
    EntryForms.width(datum, 130, 130);
    EntryForms.width(nummer, 130, 130);
    EntryForms.width(delegat, 200, 260);
    EntryForms.width(punkt, 75, 75);
    EntryForms.width(rubrik, 200, 400);
    EntryForms.width(sekretess, 125, 125);
    EntryForms.width(mote, 180, 180);
    return List.of(datum, nummer, delegat, punkt, rubrik, sekretess, mote);
  }

  /** The entry form's unsaved input. */
  @Override
  public List<UnsavedChanges.Guard> guards() {
    return List.of(UnsavedChanges.guard(Messages.get("osparat.delegationsbeslut"), formVm.dirtyProperty(),
        done -> formVm.save(nummer -> EntryForms.confirmRegister(getScene().getWindow(), nummer), saved -> {
          vm.saved(saved);
          done.accept(true);
        }, () -> done.accept(false)), formVm::discard));
  }

  public DelegationsbeslutViewModel viewModel() {
    return vm;
  }

  public DelegationsbeslutFormViewModel formViewModel() {
    return formVm;
  }

  @Override
  public AreaCommands commands() {
    return area;
  }
}
