package se.namndbok.core.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import se.namndbok.core.CoreServices;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.protokoll.Narvaro;
import se.namndbok.core.protokoll.ProtokollUppgifter;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Beslutsunderlag;
import se.namndbok.core.sammantrade.Bilaga;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;

/**
 * A board with a held meeting (2025-09-25) whose protokoll is justerat, with everything that can belong to a
 * meeting: an item in an ärende with a beslutsunderlag, a bilaga and a beslut, attendance, a meddelande and a
 * delegationsbeslut reported to it; and a planned meeting (2025-11-20) to move things to.
 */
public record JusteratMote(CoreServices core, Sammantrade mote, Sammantrade nasta, Arende arende, Handling handling,
    Arendepunkt punkt, Beslutsunderlag underlag, Bilaga bilaga, Meddelande meddelande,
    Delegationsbeslut delegationsbeslut, Ledamot ordforande, Ledamot ledamot) {

  public static final String BESLUT = "Socialnämnden beslutar att godkänna rapporten.";

  public static JusteratMote skapa(TestStore store) {
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    CoreServices core = store.core();
    Ledamot ordforande = seat(core, "Annika", "Lindqvist", Roll.ORDFORANDE, 1);
    Ledamot ledamot = seat(core, "Mikael", "Öhman", Roll.LEDAMOT, 2);
    Sammantrade mote = f.mote("2025-09-25", SammantradeStatus.GENOMFORT);
    Sammantrade nasta = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    Arende arende = f.arende("2025/146", "Månadsrapport augusti 2025");
    Handling handling = core.arenden().registerHandling(arende.id(), new NyHandling(null, LocalDate.of(2025, 9, 10),
        Riktning.UPPRATTAD, null, "Månadsrapport", false), "rapport.pdf", "%PDF-1.7 rapport".getBytes(StandardCharsets.UTF_8));
    Arendepunkt punkt = core.arendelista().add(mote.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, arende.id(),
        arende.rubrik(), ForslagAv.FORVALTNINGEN, new PunktTexter("Godkänna rapporten.", null, null, null, null, null),
        false, null));
    Beslutsunderlag underlag = core.underlag().addText(punkt.id(), "Tjänsteskrivelse 2025-09-10");
    Bilaga bilaga = core.underlag().addBilaga(punkt.id(), handling.id());
    Meddelande meddelande = core.meddelanden().registerTill(new NyttMeddelande("Kommunfullmäktige",
        LocalDate.of(2025, 9, 1), "159", "Budget 2026", "2025/146", null, false), mote.id());
    Delegationsbeslut delegationsbeslut = core.delegationsbeslut().registerTill(new NyttDelegationsbeslut("2025/146",
        null, "MAS/MAR/SAS", "4.2", LocalDate.of(2025, 9, 2), "Anmälan enligt lex Maria", false), mote.id());
    int version = core.protokoll().spara(mote.id(), 0, new ProtokollUppgifter("Sara Holm", ledamot.id(), null,
        LocalDate.of(2025, 10, 1), "Socialförvaltningen", null, 81)).version();
    core.protokoll().registreraNarvaro(mote.id(), version, List.of(Narvaro.narvarande(ordforande.id()),
        Narvaro.narvarande(ledamot.id())));
    core.protokoll().sattBeslut(punkt.id(), 0, BESLUT, null);
    core.protokoll().justera(mote.id());
    return new JusteratMote(core, core.sammantraden().require(mote.id()), nasta, arende, handling, punkt, underlag,
        bilaga, meddelande, delegationsbeslut, ordforande, ledamot);
  }

  private static Ledamot seat(CoreServices core, String fornamn, String efternamn, Roll roll, int ordning) {
    Ledamot l = core.ledamoter().add(fornamn, efternamn, "S");
    core.ledamoter().addUppdrag(l.id(), null, UppdragTyp.ORDINARIE, roll, ordning, LocalDate.of(2023, 1, 1),
        LocalDate.of(2026, 12, 31));
    return l;
  }
}
