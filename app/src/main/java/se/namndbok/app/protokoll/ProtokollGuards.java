package se.namndbok.app.protokoll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.UnsavedChanges;

/**
 * The protokoll tab's unsaved input: the attendance, the details, each paragraf's beslut. The tab is one long
 * form, so a refused save is also told in a dialog: its field may be scrolled out of sight.
 */
final class ProtokollGuards {
  private ProtokollGuards() {}

  static List<UnsavedChanges.Guard> of(ProtokollViewModel vm) {
    List<UnsavedChanges.Guard> guards = new ArrayList<>();
    guards.add(UnsavedChanges.guard(Messages.get("protokoll.narvaro").toLowerCase(Locale.ROOT),
        vm.narvaroState().dirtyProperty(), vm::sparaNarvaro, vm.narvaroState()::discard, vm.errors()::summary));
    guards.add(UnsavedChanges.guard(Messages.get("protokoll.uppgifter").toLowerCase(Locale.ROOT),
        vm.uppgifterState().dirtyProperty(), vm::sparaUppgifter, vm.uppgifterState()::discard, vm.errors()::summary));
    vm.paragrafer().forEach(r -> guards.add(UnsavedChanges.guard(r.beslutet(), r.state().dirtyProperty(), done -> vm.sparaBeslut(r, done), r.state()::discard,
        r.errors()::summary)));
    return guards;
  }
}
