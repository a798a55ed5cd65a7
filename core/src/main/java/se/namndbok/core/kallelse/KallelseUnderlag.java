package se.namndbok.core.kallelse;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.Sekretessprovning;
import se.namndbok.core.delegationsbeslut.DelegatGrupp;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.sammantrade.Kallelseuppgifter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sekretess.Sekretessgrund;

/**
 * Everything a kallelse for one meeting shows, read in one transaction: the board, the meeting (and its utskott,
 * null for the board's own meeting), the seats held on the meeting day (ordinarie first, in their order), the
 * items in punkt order, every meddelande and delegationsbeslut reported to the meeting (for the separate
 * reports), the sekretess rule over all of it, and what the first page says besides time and place (the
 * nämnd's sekreterare, förhinder, party order and logo; the meeting's sending date, proposed justerare and
 * justering). Confidential content is included; {@link #sekretess} says
 * under which ground each thing is withheld from the public version.
 */
public record KallelseUnderlag(Namnd namnd, Sammantrade sammantrade, Utskott utskott, List<Ledamotsplats> ledamoter,
    List<KallelsePunkt> punkter, List<Meddelande> meddelanden, List<DelegatGrupp> delegationsbeslut,
    Sekretessprovning sekretess, Kallelsekontakt kontakt, Kallelseuppgifter uppgifter) {

  public KallelseUnderlag {
    ledamoter = List.copyOf(ledamoter);
    punkter = List.copyOf(punkter);
    meddelanden = List.copyOf(meddelanden);
    delegationsbeslut = List.copyOf(delegationsbeslut);
  }

  /** The ground an item is withheld under; empty for a public item. */
  public Optional<Sekretessgrund> sekretess(KallelsePunkt p) {
    return sekretess.prova(p.punkt().innehall().sekretessval(), p.punkt().innehall().arendeId());
  }

  public Optional<Sekretessgrund> sekretess(Handling h) {
    return sekretess.handling(h);
  }

  public Optional<Sekretessgrund> sekretess(Meddelande m) {
    return sekretess.prova(m.sekretessval(), m.arendeId());
  }

  public Optional<Sekretessgrund> sekretess(Delegationsbeslut d) {
    return sekretess.prova(d.sekretessval(), d.arendeId());
  }
}
