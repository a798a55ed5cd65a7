package se.namndbok.reports.testing;

import java.util.ArrayList;
import java.util.List;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.meddelanden.MeddelandeRad;

/**
 * The meddelanden and delegationsbeslut of the reference kallelse (items 5 and 6), plus one confidential row
 * each whose text carries "HEMLIGT".
 */
public final class ReferensRader {
  private ReferensRader() {}

  public static List<MeddelandeRad> meddelanden() {
    return List.of(
        new MeddelandeRad("Hjälpmedelsnämnden", "2025-09-23", "", "2025/1130", "2025.2708", "Hjälpmedelsnämndens protokoll 2025-09-23", false),
        new MeddelandeRad("Patientnämnden", "2025-09-25", "", "2025/1130", "2025.2768", "Delårsrapport Patientnämnden per augusti 2025", false),
        new MeddelandeRad("Kommunfullmäktige", "2025-09-22", "§ 159", "2025/1130", "2025.2784", "Sammanträdesordning för kommunfullmäktige, kommunstyrelsen och utskott 2026", false),
        new MeddelandeRad("Kommunfullmäktige", "2025-09-22", "§ 159", "2025/1130", "2025.2785", "Bilaga – Sammanträdesordning för kommunfullmäktige, kommunstyrelsen och utskott 2026", false),
        new MeddelandeRad("Kommunfullmäktige", "2025-09-22", "§ 168", "2025/654", "2025.2796", "Motion (KD, M, L, C) om att möjliggöra för fler aktörer att bedriva gruppboende och servicebostäder", false),
        new MeddelandeRad("Kommunfullmäktige", "2025-09-22", "§ 169", "2024/1314", "2025.2800", "Motion (L) om ny nämndstruktur, dela upp socialnämnden i två nya nämnder", false),
        new MeddelandeRad("Arbetsmiljöverket", "2025-10-10", "", "2025/963", "2025.2858", "Inspektionsmeddelande - Resultatet av inspektionen 4 september 2025", false),
        new MeddelandeRad("Regionstyrelsen", "2025-10-07", "§ 177", "2025/1130", "2025.2877", "Protokollsutdrag - Delårsrapport Patientnämnden per augusti 2025", false),
        new MeddelandeRad("Regionstyrelsen", "2025-10-07", "§ 178", "2025/1130", "2025.2878", "Protokollsutdrag - Delårsrapport Gemensamma hjälpmedelsnämnden per augusti 2025", false),
        new MeddelandeRad("Kommunstyrelsen", "2025-10-06", "§ 234", "2025/1202", "2025.2883", "Beslut - Undantag för jourtjänstgörande personal gällande arbetstid/dygnsvila inom personlig assistans", false),
        new MeddelandeRad("Kommunstyrelsen", "2025-10-06", "§ 233", "2025/1203", "2025.2884", "Beslut - Undantag för jourtjänstgörande personal gällande arbetstid/dygnsvila inom stödboende", false),
        new MeddelandeRad("IVO", "2025-10-08", "", "2025/1210", "2025.2890", "Tillsyn HEMLIGTMEDDELANDE gällande enskild", true));
  }

  public static List<DelegationsbeslutRad> delegationsbeslut() {
    List<DelegationsbeslutRad> rader = new ArrayList<>(List.of(
        new DelegationsbeslutRad("Socialnämndens enskilda utskott", "2024/1479", "2025.2717", "Ställningstagande överklaga dom i mål nr 543-25 HEMLIGTBESLUT", "2025-09-24", true),
        new DelegationsbeslutRad("Verksamhetschef/avdelningschef", "2025/146", "2025.2710", "Upphandling – App för digitalt föräldraskapsstöd", "2025-09-18", false),
        new DelegationsbeslutRad("Verksamhetschef/avdelningschef", "2025/146", "2025.2711", "Avtal – SES Family ApS", "2025-09-29", false),
        new DelegationsbeslutRad("Verksamhetschef/avdelningschef", "2025/1116", "2025.2802", "Ansökan om bidrag till AVI - Akut vårdkedja och informationsöverföring i samverkan - ett förberedelseprojekt för Silverspåret i Norrbottens län. Vinnova.", "2025-10-06", false),
        new DelegationsbeslutRad("Verksamhetschef/avdelningschef", "2025/378", "2025.2823", "Beslut om rekvisering av statsbidrag för subventioner av placeringar i den sociala barn- och ungdomsvården, bidragsår 2025 - påfyllnadsmedel", "2025-10-07", false)));
    String[][] sarah = {{"2025/809", "2025.2640", "2025-09-17"}, {"2025/1143", "2025.2674", "2025-09-23"},
        {"2025/1154", "2025.2718", "2025-09-29"}, {"2025/851", "2025.2720", "2025-09-29"},
        {"2025/1079", "2025.2721", "2025-09-29"}, {"2025/1057", "2025.2727", "2025-09-30"},
        {"2025/1001", "2025.2728", "2025-09-30"}, {"2025/471", "2025.2755", "2025-10-01"},
        {"2025/1105", "2025.2772", "2025-10-02"}, {"2025/1155", "2025.2799", "2025-10-03"},
        {"2025/1145", "2025.2840", "2025-10-07"}, {"2025/1151", "2025.2866", "2025-10-13"},
        {"2025/1159", "2025.2864", "2025-10-13"}};
    for (String[] s : sarah) {
      rader.add(new DelegationsbeslutRad("MAS/MAR/SAS", s[0], s[1], "Lex Sarah – bedömning av allvarlighetsgrad", s[2], false));
    }
    return rader;
  }
}
