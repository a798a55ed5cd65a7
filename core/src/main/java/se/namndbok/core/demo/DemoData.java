package se.namndbok.core.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The demo board as written in {@code demo/socialnamnden.json}; read by Jackson, unknown keys refused. */
record DemoData(NamndJson namnd, List<UtskottJson> utskott, Period mandatperiod, List<LedamotJson> ledamoter,
    List<String> delegater, List<ArendeJson> arenden, List<SammantradeJson> sammantraden,
    List<MeddelandeJson> meddelanden, List<DelegationsbeslutJson> delegationsbeslut, List<ProtokollJson> protokoll) {

  /** {@code logotyp}: a resource beside the demo data (demo/logotyp.svg). */
  record NamndJson(String namn, String kommun, String forvaltning, KontaktJson sekreterare, String forhinderTill,
      String partiordning, String logotyp) {}

  record KontaktJson(String namn, String titel, String telefon, String epost) {}

  record UtskottJson(String namn, String typ) {}

  record Period(LocalDate fran, LocalDate till) {}

  record LedamotJson(String fornamn, String efternamn, String parti, String telefon, String epost,
      List<UppdragJson> uppdrag) {}

  /** {@code utskott} null: a seat on the board itself. */
  record UppdragJson(String utskott, String typ, String roll, int ordning) {}

  /** {@code sekretessgrund}: the code of the ground a confidential ärende is under ("OSL 25:1"), null: the default. */
  record ArendeJson(String diarienummer, String klassificering, String rubrik, LocalDate registrerad, boolean sekretess,
      String sekretessgrund, List<HandlingJson> handlingar, String handlaggare) {}

  /** Sekretess as {@link Markering}; without any it follows its ärende. */
  record HandlingJson(String hid, LocalDate datum, String riktning, String rubrik, String motpart, boolean sekretess,
      String sekretessgrund, Boolean friklassad) implements Markering {}

  /** A row's own sekretess: marked (under {@code sekretessgrund}, a code), released, or (neither) following. */
  interface Markering {
    boolean sekretess();

    String sekretessgrund();

    Boolean friklassad();
  }

  /** {@code utskott} null: the board's own meeting. */
  record SammantradeJson(LocalDate datum, LocalTime tid, String plats, String status, LocalDate kallelsedatum,
      List<String> justerare, LocalDate justeringsdag, String justeringsplats, String utskott, List<PunktJson> punkter) {}

  record PunktJson(String typ, String rubrik, String arende, String forslagAv, String forslag, String sammanfattning,
      String beskrivning, String dialog, String skickasTill, String ovrigaBeslut, boolean sekretess,
      String sekretessgrund, Boolean friklassad, StatistikJson statistik, List<UnderlagJson> beslutsunderlag,
      List<BilagaJson> bilagor) implements Markering {}

  record StatistikJson(String lag, String kvartal) {}

  /** Either {@code hid} (a registered handling) or {@code text}. */
  record UnderlagJson(String hid, String text) {}

  /** An attachment the app generates: for the handling {@code hid}, or (no hid) a new one with rubrik and datum. */
  record BilagaJson(String hid, String rubrik, LocalDate datum, String filnamn) {}

  record MeddelandeJson(String avsandare, LocalDate datum, String paragraf, String amne, String diarienummer,
      String handlingsid, boolean sekretess, String sekretessgrund, Boolean friklassad, LocalDate sammantrade)
      implements Markering {}

  record DelegationsbeslutJson(String diarienummer, String handlingsid, String delegat, LocalDate beslutsdatum,
      String rubrik, String delegationspunkt, boolean sekretess, String sekretessgrund, Boolean friklassad,
      LocalDate sammantrade, String beslutsfattare) implements Markering {}

  /** The protokoll of one of the board's meetings; people are named "Förnamn Efternamn", items by punkt number. */
  record ProtokollJson(LocalDate sammantrade, String sekreterare, List<String> justerare, LocalDate justeringsdatum,
      String justeringsplats, List<String> ovrigaNarvarande, Integer forstaParagraf, LocalDate anslagsdatum,
      List<NarvaroJson> narvaro, List<BeslutJson> beslut, LocalTime starttid, LocalTime sluttid,
      String ajourneringar, boolean inledning, String arendelistaAndring, String forvaringsplats) {}

  record NarvaroJson(String ledamot, boolean narvarande, String tjanstgorFor, LocalTime lamnade, LocalTime ankom,
      Integer franParagraf, Integer tillParagraf) {}

  /** A beslut and how the § was handled; people by name. */
  record BeslutJson(int punkt, String beslut, String beslutsgang, List<InlagaJson> yrkanden,
      String propositionsordning, OmrostningJson omrostning, List<InlagaJson> reservationer, List<String> jav,
      List<InlagaJson> anteckningar, boolean beslutOffentligt) {}

  record InlagaJson(String ledamot, String text) {}

  record OmrostningJson(String ja, String nej, List<String> jaRoster, List<String> nejRoster,
      List<String> avstar) {}
}
