package se.namndbok.core.demo;

import java.util.List;
import java.util.Map;
import se.namndbok.core.protokoll.Behandling;
import se.namndbok.core.protokoll.Narvaro;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.protokoll.ProtokollUppgifter;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeService;

/**
 * The demo's recorded protokoll (the board's held meeting of 2025-09-25): attendance, justerare and beslut, then
 * numbered, justerat and posted through {@link ProtokollService}, so its rules hold for the demo data too.
 */
final class DemoProtokoll {
  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static Behandling behandling(DemoData.BeslutJson b, Map<String, Long> ledamoter) {
    java.util.function.Function<DemoData.InlagaJson, Behandling.Inlaga> inlaga =
        i -> new Behandling.Inlaga(DemoBoard.require(ledamoter, i.ledamot()), i.text());
    Behandling.Omrostning omrostning = null;
    if (b.omrostning() != null) {
      DemoData.OmrostningJson o = b.omrostning();
      List<Behandling.Rost> roster = new java.util.ArrayList<>();
      list(o.jaRoster()).forEach(n -> roster.add(new Behandling.Rost(DemoBoard.require(ledamoter, n), Behandling.Rostval.JA)));
      list(o.nejRoster()).forEach(n -> roster.add(new Behandling.Rost(DemoBoard.require(ledamoter, n), Behandling.Rostval.NEJ)));
      list(o.avstar()).forEach(n -> roster.add(new Behandling.Rost(DemoBoard.require(ledamoter, n), Behandling.Rostval.AVSTAR)));
      omrostning = new Behandling.Omrostning(o.ja(), o.nej(), roster);
    }
    return new Behandling(list(b.yrkanden()).stream().map(inlaga).toList(), b.propositionsordning(), omrostning,
        list(b.reservationer()).stream().map(inlaga).toList(),
        list(b.jav()).stream().map(n -> DemoBoard.require(ledamoter, n)).toList(),
        list(b.anteckningar()).stream().map(inlaga).toList(), b.beslutOffentligt());
  }

  private final ProtokollService protokoll;
  private final SammantradeService sammantraden;
  private final ArendelistaService lista;

  DemoProtokoll(ProtokollService protokoll, SammantradeService sammantraden, ArendelistaService lista) {
    this.protokoll = protokoll;
    this.sammantraden = sammantraden;
    this.lista = lista;
  }

  void load(DemoData d, Map<String, Long> ledamoter) {
    for (DemoData.ProtokollJson p : d.protokoll() == null ? List.<DemoData.ProtokollJson>of() : d.protokoll()) {
      Sammantrade s = sammantraden.findNamndensByDatum(p.sammantrade())
          .orElseThrow(() -> new IllegalStateException("the demo protokoll names no meeting " + p.sammantrade()));
      List<Long> justerare = p.justerare().stream().map(n -> DemoBoard.require(ledamoter, n)).toList();
      int version = protokoll.spara(s.id(), 0, new ProtokollUppgifter(p.sekreterare(), justerare.getFirst(),
          justerare.size() > 1 ? justerare.get(1) : null, p.justeringsdatum(), p.justeringsplats(),
          String.join("\n", p.ovrigaNarvarande()), p.forstaParagraf(), p.starttid(), p.sluttid(), p.ajourneringar(),
          p.inledning(), p.arendelistaAndring())).version();
      protokoll.registreraNarvaro(s.id(), version, p.narvaro().stream().map(n -> new Narvaro(
          DemoBoard.require(ledamoter, n.ledamot()), n.narvarande(),
          n.tjanstgorFor() == null ? null : DemoBoard.require(ledamoter, n.tjanstgorFor()), n.lamnade(), n.ankom(),
          n.franParagraf(), n.tillParagraf())).toList());
      protokoll.numrera(s.id());
      List<Arendepunkt> punkter = lista.punkter(s.id());
      for (DemoData.BeslutJson b : p.beslut()) {
        protokoll.sattBeslut(punkter.get(b.punkt() - 1).id(), 0, b.beslut(), b.beslutsgang(),
            behandling(b, ledamoter));
      }
      protokoll.justera(s.id());
      if (p.anslagsdatum() != null) {
        protokoll.anslag(s.id(), p.anslagsdatum(), p.forvaringsplats());
      }
    }
  }
}
