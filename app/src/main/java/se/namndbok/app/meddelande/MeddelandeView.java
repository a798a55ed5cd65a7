package se.namndbok.app.meddelande;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.AreaCommands;
import se.namndbok.app.shared.EntryForms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.ReportedEntriesArea;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.shared.Texts;

/** The meddelanden area: the entry form above, the filtered list below. */
public final class MeddelandeView extends VBox implements AreaCommands.Delegating, UnsavedChanges.Source {
  private static final ReportedEntriesArea.Spec SPEC = new ReportedEntriesArea.Spec("meddelandeView", "md",
      "meddelandeTable", "nav.meddelanden", "meddelanden", "import.meddelanden");
  private final MeddelandeViewModel vm;
  private final MeddelandeFormViewModel formVm;
  private final ReportedEntriesArea<Meddelande> area;

  public MeddelandeView(AppServices services, TaskExecutor executor) {
    this.vm = new MeddelandeViewModel(services, executor);
    this.formVm = new MeddelandeFormViewModel(services, executor, vm.history());
    MeddelandeForm form = new MeddelandeForm(formVm, vm::saved);
    area = new ReportedEntriesArea<>(this, vm, SPEC,
        (Meddelande m) -> Messages.format("meddelanden.borttaget", Messages.kort(m.avsandareRad(), 40), Messages.kort(m.amne())))
        .redovisning(services, new RedovisningViewModel(services, executor));
    area.build(form, form::focusFirst, List.of(), columns(), m -> {
      formVm.edit(m);
      form.focusFirst();
    }, m -> java.util.Objects.equals(formVm.editingProperty().get(), m.id()),
        m -> formVm.stale().readsAgain(m.id()));
    formVm.loadAvsandare();
    vm.load();
    services.andringar().pa(java.util.Set.of("meddelande", "arende"), vm::refresh);
  }

  private List<TableColumn<Meddelande, ?>> columns() {
    Comparator<String> text = Texts.swedishOrder();
    TableColumn<Meddelande, String> avsandare = EntryForms.column("mdKol-avsandare", Messages.get("falt.avsandare"),
        Meddelande::avsandare, text);
    TableColumn<Meddelande, LocalDate> datum = EntryForms.column("mdKol-datum", Messages.get("falt.datum"),
        Meddelande::datum, Comparator.naturalOrder());
    TableColumn<Meddelande, String> paragraf = EntryForms.column("mdKol-paragraf", "§",
        m -> m.paragraf() == null ? "" : "§ " + m.paragraf(), text);
    TableColumn<Meddelande, String> amne = EntryForms.column("mdKol-amne", Messages.get("falt.amne"), Meddelande::amne, text);
    TableColumn<Meddelande, Diarienummer> nummer = EntryForms.column("mdKol-diarienummer",
        Messages.get("falt.diarienummer"), Meddelande::diarienummer, Comparator.naturalOrder());
    TableColumn<Meddelande, String> hid = EntryForms.column("mdKol-hid", Messages.get("kol.hid"),
        m -> m.handlingsId() == null ? "" : m.handlingsId().toString(), text);
    TableColumn<Meddelande, String> sekretess = EntryForms.column("mdKol-sekretess", Messages.get("kol.sekretess"),
        vm::sekretess, text);
    TableColumn<Meddelande, String> mote = EntryForms.column("mdKol-mote", Messages.get("kol.anmals"), vm::anmalsTill, text);
    EntryForms.width(avsandare, 160, 200);
    EntryForms.width(datum, 105, 105);
    EntryForms.width(paragraf, 70, 70);
    EntryForms.width(amne, 200, 380);
    EntryForms.width(nummer, 130, 130);
    EntryForms.width(hid, 105, 105);
    EntryForms.width(sekretess, 125, 125);
    EntryForms.width(mote, 180, 180);
    return List.of(avsandare, datum, paragraf, amne, nummer, hid, sekretess, mote);
  }

  /** The entry form's unsaved input. */
  @Override
  public List<UnsavedChanges.Guard> guards() {
    return List.of(UnsavedChanges.guard(Messages.get("osparat.meddelande"), formVm.dirtyProperty(),
        done -> formVm.save(nummer -> EntryForms.confirmRegister(getScene().getWindow(), nummer), saved -> {
          vm.saved(saved);
          done.accept(true);
        }, () -> done.accept(false)), formVm::discard));
  }

  public MeddelandeViewModel viewModel() {
    return vm;
  }

  @Override
  public AreaCommands commands() {
    return area;
  }

  public MeddelandeFormViewModel formViewModel() {
    return formVm;
  }
}
