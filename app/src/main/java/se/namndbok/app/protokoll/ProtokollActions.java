package se.namndbok.app.protokoll;

import javafx.scene.Node;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.MeetingDocumentActions;
import se.namndbok.app.shared.Messages;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.reports.sekretess.Version;

/** The window side of the protokoll's buttons: the justering's confirmation and "Skapa protokoll" to a chosen file. */
final class ProtokollActions {
  private final MeetingDocumentActions documents;
  private final MeetingDocumentActions utdrag;
  private final ProtokollsutdragViewModel utdragVm;
  private final Node owner;

  ProtokollActions(AppServices services, ProtokollExportViewModel vm, ProtokollsutdragViewModel utdragVm, Node owner) {
    this.documents = new MeetingDocumentActions(services, vm, owner, "protokoll");
    this.utdrag = new MeetingDocumentActions(services, utdragVm, owner, "protokollsutdrag");
    this.utdragVm = utdragVm;
    this.owner = owner;
  }

  /** "Protokollsutdrag …" of § {@code nummer}: the members' copy, or the public one of a confidential §. */
  void utdrag(Sammantrade s, int nummer, Version version) {
    utdragVm.paragraf(nummer);
    utdrag.create(s, version, Messages.get("protokoll.utdrag") + " § " + nummer);
  }

  /** Asks before justering: afterwards nothing but the anslag date can be changed. */
  boolean confirmJustera(Sammantrade s) {
    return se.namndbok.app.shared.Oaterkalleligt.bekraftat(owner.getScene().getWindow(), "justeraDialog",
        Messages.get("protokoll.justera.rubrik"), Messages.format("protokoll.justera.fraga", s.datum()),
        Messages.get("protokoll.justera.knapp"));
  }

  void create(Sammantrade s, Version version) {
    documents.create(s, version, Messages.get(version == Version.OFFENTLIG ? "protokoll.skapa.offentligt"
        : "protokoll.skapa"));
  }
}
