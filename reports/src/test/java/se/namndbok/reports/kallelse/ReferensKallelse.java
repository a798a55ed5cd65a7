package se.namndbok.reports.kallelse;

import java.util.ArrayList;
import java.util.List;
import se.namndbok.reports.testing.ReferensRader;
import se.namndbok.reports.testing.TestPdfs;

/** The reference kallelse of 2025-10-23 (items 1–8 with their texts, confidential items 16–19), built in code. */
final class ReferensKallelse {
  static final String FORVALTNINGEN = "Socialförvaltningens förslag till beslut";
  static final String AU = "Socialnämndens arbetsutskotts förslag till beslut";
  static final String LAGGA = "Socialnämnden beslutar att lägga informationen till handlingarna.";

  private ReferensKallelse() {}

  static KallelseData data() {
    List<Arendepunkt> punkter = new ArrayList<>();
    punkter.add(info("1", "Information från ordföranden 2025", "2025/31", "3.9.0.2",
        "Socialnämndens ordföranden delger socialnämnden information om aktuella frågor."));
    punkter.add(info("2", "Information från socialdirektören", "2025/32", "3.9.0.1",
        "Socialdirektören delger socialnämnden information om aktuella frågor."));
    punkter.add(info("3", "Information om ekonomi inom hemtjänsten", "2025/1184", "3.9.0.1",
        "Socialnämnden delges information om ekonomi inom hemtjänsten."));
    punkter.add(Arendepunkt.builder("4", "Månadsrapport september 2025", "2025/1185").klassificering("3.9.0.1")
        .forslag(FORVALTNINGEN, "Socialnämnden beslutar att godkänna månadsrapporten för september månad 2025.")
        .sammanfattning("Socialförvaltningen informerar om ekonomiskt utfall för perioden och prognos för året. "
            + "Ekonomiskt utfall och prognos redovisas per verksamhetsområde och statistik redovisas gällande "
            + "personlig assistans, individ och familjeomsorg, försörjningsstöd, stöd i hemmet och särskilt boende. "
            + "Månadsrapporten följer löpande upp större investeringar.")
        .beslutsunderlag(List.of("Månadsrapport september 2025 (skickas ut innan sammanträdet)."))
        .skickasTill(List.of("Socialförvaltningens ledningsgrupp"))
        .build());
    punkter.add(Arendepunkt.builder("5", "Redovisning av meddelanden oktober 2025", "2025/1130")
        .klassificering("1.1.1.7")
        .forslag(FORVALTNINGEN, "Socialnämnden beslutar att lägga redovisade meddelanden till handlingarna.")
        .beskrivning("Följande meddelanden redovisas:")
        .meddelanden(ReferensRader.meddelanden())
        .bilaga(new Bilaga("Hjälpmedelsnämndens protokoll 2025-09-23.pdf",
            TestPdfs.archival("Hjälpmedelsnämndens protokoll", 3), null))
        .build());
    punkter.add(Arendepunkt.builder("6", "Redovisning av delegationsbeslut oktober 2025", "2025/1129")
        .klassificering("1.1.1.7")
        .forslag(FORVALTNINGEN, "Socialnämnden beslutar att godkänna redovisningen av anmälda delegationsbeslut.")
        .beskrivning("Beslut fattade på delegation ska anmälas till socialnämnden på nästföljande sammanträde. "
            + "Följande beslut redovisas enligt gällande delegationsordning:")
        .delegationsbeslut(ReferensRader.delegationsbeslut())
        .ovrigaBeslut(List.of("Antal avslagsbeslut för personer över 85 år gällande särskilt boende september "
            + "2025: inga avslagsbeslut", "Personalärenden/anställningar, september 2025 (bilaga 2)",
            "Delegationsbeslut från Combine, september 2025 (bilaga 3)",
            "Förhöjt arvode till familjehem, inget att rapportera", "Fullmakt, nr 33–40 2025 (bilaga 5)"))
        .build());
    punkter.add(statsbidrag());
    punkter.add(EjVerkstalldaText.punkt8());
    punkter.add(hemlig("16", "Meddelanden vuxna och barn från enskilda utskottet 2025-09-10", "2025/1000"));
    punkter.add(hemlig("17", "Meddelanden vuxna och barn från enskilda utskottet 2025-09-24", "2025/1056"));
    punkter.add(hemlig("18", "Information - rapportering om enskilda ärenden enligt lex Sarah", "2025/1207"));
    punkter.add(hemlig("19", "Information - rapportering om enskilda ärenden enligt lex Maria", "2025/1232"));
    return new KallelseData("Luleå kommun", "Socialnämnden", "2025-10-23", "torsdag 23 oktober 2025 kl. 08:15",
        "Stadshuset, Sessionssalen, våning 1", ledamoter(), punkter, false, TestPdfs.CREATED);
  }

  static Arendepunkt info(String punkt, String rubrik, String arendenr, String klass, String text) {
    return Arendepunkt.builder(punkt, rubrik, arendenr).klassificering(klass).forslag(FORVALTNINGEN, LAGGA)
        .sammanfattning(text).build();
  }

  /** A confidential item whose texts and attachment all carry the word "HEMLIGT" and the item's number. */
  static Arendepunkt hemlig(String punkt, String rubrik, String arendenr) {
    return Arendepunkt.builder(punkt, rubrik, arendenr).klassificering("3.9.0.1").sekretess(true)
        .forslag(FORVALTNINGEN, "Socialnämnden beslutar att lägga HEMLIGT" + punkt + " till handlingarna.")
        .sammanfattning("Enskild person HEMLIGT" + punkt + " född 1984 har anmält missförhållanden.")
        .beslutsunderlag(List.of("Utredning HEMLIGT" + punkt + ", SOC Hid: 2025.2999"))
        .bilaga(new Bilaga("utredning-" + punkt + ".pdf", TestPdfs.archival("Utredning HEMLIGT" + punkt, 2), null))
        .build();
  }

  static List<Ledamot> ledamoter() {
    return List.of(new Ledamot("Anna Lindqvist", "S", "Ordförande", false),
        new Ledamot("Per Nilsson", "M", "1:e vice ordförande", false),
        new Ledamot("Maria Björk", "V", "2:e vice ordförande", false),
        new Ledamot("Johan Öberg", "S", "Ledamot", false),
        new Ledamot("Karin Åström", "C", "Ledamot", false),
        new Ledamot("Eva Lundström", "S", "Ersättare", true),
        new Ledamot("Lars Sjöberg", "KD", "Ersättare", true),
        new Ledamot("Sara Holm", "SD", "Ersättare", true));
  }

  private static Arendepunkt statsbidrag() {
    return Arendepunkt.builder("7", "Ansökan om statsbidrag för 2026 till kommunernas arbete med att stärka "
            + "socialtjänstens och hälso- och sjukvårdens beredskap", "2025/925").klassificering("2.4.3.1")
        .forslag(AU, "Socialnämnden beslutar att ansöka om statsbidrag i syfte att stärka socialtjänstens och "
            + "hälso- och sjukvårdens beredskap 2026.")
        .sammanfattning("""
            För året 2026 kan kommuner söka medel för att genomföra åtgärder för att stärka socialtjänstens och hälso- och sjukvårdens beredskap, så att verksamhet kan upprätthållas under höjd beredskap.

            Statsbidraget regleras i förordning (2023:490) om statsbidrag till kommuner för socialtjänst och hälso- och sjukvårdens beredskap.

            Kommunerna kan söka medel för åtgärder inom ett eller flera av följande områden:
            - krigsorganisation och krigsplacering,
            - samverkan och ledning,
            - kontinuitetshantering,
            - beredskapsplanering,
            - utbildning och övning,
            - informationssäkerhet, och
            - målgruppsanpassad kriskommunikation.

            Statsbidrag kan även sökas för kostnader för åtgärder inom andra områden som är prioriterade för kommunernas arbete med socialtjänstens och hälso- och sjukvårdens beredskap i syfte att verksamhet kan upprätthållas under höjd beredskap.

            Socialförvaltningen har i dialog med kontor säkerhet och beredskap inom kommunstyrelseförvaltningen gjort en plan för ansökan gällande 2024 års statsbidrag, även ansökan för 2026 års statsbidrag följer den planen.

            Ansökan ska ha inkommit senast 3 november 2025 till Socialstyrelsen. Statsbidraget fördelas under förutsättning att Riksdagen beviljar medel för ändamålet. Bidragets storlek fastställs i regleringsbrev som beslutas under december månad.

            Socialförvaltningen har föreslagit socialnämnden besluta att ansöka om statsbidrag i syfte att stärka socialtjänstens och hälso- och sjukvårdens beredskap, så att verksamhet kan upprätthållas under höjd beredskap 2026.""")
        .dialog("Dialog kring beredskapsfrågor sker löpande inom kommunen.")
        .beslutsunderlag(List.of(
            "Anvisningar om statsbidrag till kommuner för beredskapsåtgärder, SOC Hid: 2025.2790",
            "Socialförvaltningens förslag till beslut gällande ansökan om statsbidrag för 2026 till kommunernas "
                + "arbete med att stärka socialtjänstens och hälso- och sjukvårdens beredskap, SOC Hid: 2025.2789",
            "Bidragsansökan 2026 - ansökan om statsbidrag för 2026 till kommunernas arbete med att stärka "
                + "socialtjänstens och hälso- och sjukvårdens beredskap, SOC Hid: 2025.2842"))
        .bilaga(new Bilaga("Anvisningar statsbidrag beredskap 2026.pdf",
            TestPdfs.archival("Anvisningar om statsbidrag till kommuner 2026", 8), null))
        .bilaga(new Bilaga("Bidragsansökan 2026.pdf", TestPdfs.archival("Bidragsansökan 2026", 1), null))
        .build();
  }
}
