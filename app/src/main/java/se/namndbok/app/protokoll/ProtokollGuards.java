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
        vm.narvaroState().dirtyProperty(), vm::sparaNarvaro, both(vm.narvaroState()::discard, vm.errors()::clear),
        vm.errors()::summary));
    guards.add(UnsavedChanges.guard(Messages.get("protokoll.uppgifter").toLowerCase(Locale.ROOT),
        vm.uppgifterState().dirtyProperty(), vm::sparaUppgifter, both(vm.uppgifterState()::discard,
        vm.errors()::clear), vm.errors()::summary));
    vm.paragrafer().forEach(r -> guards.add(UnsavedChanges.guard(r.beslutet(), r.state().dirtyProperty(), done -> vm.sparaBeslut(r, done),
        both(r.state()::discard, r.errors()::clear), r.errors()::summary)));
    return guards;
  }

  /**
   * Throwing the changes away takes their messages too: a refused save's red text stayed under the emptied field
   * (found by a walk).
   */
  private static Runnable both(Runnable discard, Runnable clearMessages) {
    return () -> {
      discard.run();
      clearMessages.run();
    };
  }
}
