package se.namndbok.reports.kallelse;

import java.util.List;

/** Item 8 of the reference kallelse: the SoL statistics report, with its tables as tab-separated lines. */
final class EjVerkstalldaText {
  private EjVerkstalldaText() {}

  static Arendepunkt punkt8() {
    return Arendepunkt.builder("8", "Statistikrapport avseende ej verkställda gynnande beslut enligt 4 § "
            + "Socialtjänstlagen (SoL) kvartal två 2025", "2025/1064").klassificering("3.9.5.2")
        .forslag(ReferensKallelse.AU,
            "Socialnämnden beslutar att överlämna redovisad statistikrapport till kommunfullmäktige.")
        .sammanfattning("""
            Socialtjänstlagen 16 kap 6 § föreskriver att socialnämnden ska redovisa till kommunfullmäktige en gång per kvartal gynnande beslut som socialnämnden inte verkställt inom tre månader från beslutsdagen samt gynnande beslut som avbrutits och som inte verkställts på nytt inom nämnda period.

            Rapporteringen ska även visa könsfördelningen i berörda ärenden, det vill säga hur stor del av de ej verkställda besluten som gäller män respektive kvinnor. Socialnämndens verksamheter har följande antal ej verkställda gynnande beslut att rapportera för andra kvartalet 2025 fördelade på typ av insats och kön.

            Verksamhet\tKvinnor\tMän\tSumma total
            Särskilt boende, ÄO\t31\t17\t48
            Korttidsboende, ÄO\t-\t-\t-
            Dagverksamhet/ sysselsättning, ÄO\t1\t5\t6
            Kontaktperson, ÄO\t7\t1\t8
            Total ÄO\t39\t23\t62
            Särskilt boende, OF\t0\t1\t1
            Kontaktperson, OF\t0\t2\t2
            Total OF\t0\t3\t3
            Bostad IFO\t3\t9\t12
            Kontaktperson, IFO\t1\t2\t3
            Kontaktfamilj, IFO\t1\t1\t2
            Total IFO\t3\t4\t17
            Totalt samtliga verksamheter\t42\t30\t82

            Socialförvaltningen har föreslagit socialnämnden besluta att överlämna redovisad statistikrapport till kommunfullmäktige.""")
        .beskrivning("""
            Socialnämnden rapporterar 82 gynnande beslut enligt 4 § socialtjänstlagen (SoL), som ej har verkställts inom föreskriven tid.

            Särskilt boende (ÄO) har 48 ej verkställda gynnande beslut inom perioden. Av dessa är vid rapporteringstillfället:
            - 10 beslut verkställda
            - 20 beslut ej verkställda p g a att den enskilde har tackat nej till erbjudande
            - 1 beslut ej verkställt då brukaren avlidit
            - 17 beslut ej verkställda då det saknas plats (ex har kö, behov av/pågående sanering/renovering/ombyggnation)

            Dagverksamhet/sysselsättning (ÄO) har 6 ej verkställda gynnande beslut inom perioden. Av dessa är vid rapporteringstillfället:
            - 1 beslut verkställt
            - 2 beslut ej verkställda p g a hälsotillstånd är/har varit ett hinder merparten av väntetiden
            - 1 beslut ej verkställt p g a att den enskilde ej medverkar till verksamhet
            - 1 beslut ej verkställt p g a specifika önskemål
            - 1 beslut ej verkställt p g a kommunikativa svårigheter i kontakten med den enskilde.

            Kontaktperson (ÄO) har 8 ej verkställda gynnande beslut inom perioden. Av dessa är vid rapporteringstillfället:
            - 1 beslut avslutat på egen begäran
            - 1 beslut avslutat utan verkställan
            - 5 beslut ej verkställda p g a arbetsrelaterade omständigheter att hitta rätt matchning.
            - 1 beslut ej verkställt p g a hälsotillstånd är/har varit ett hinder merparten av väntetiden

            Jämförelse med de två föregående kvartalsrapporterna samt det aktuella läget visar följande statistiska data:

            Verksamhet\t2024-12-31\t2025-03-31\t2025-06-30
            Särskilt boende ÄO\t35\t41\t48
            Korttidsboende ÄO\t0\t0\t0
            Dagverksamhet/sysselsättning ÄO\t3\t8\t6
            Kontaktperson ÄO\t13\t10\t8
            Totalt ÄO\t51\t59\t62
            Särskilt boende OF\t1\t2\t1
            Kontaktperson OF\t9\t6\t3
            Totalt OF\t10\t8\t4
            Bostad IFO/Fyren\t4\t3\t1
            Bostad IFO/Krongyllen\t3\t3\t2
            Kontaktperson/IFO\t5\t5\t3
            Kontaktfamilj/IFO\t8\t3\t2
            Total IFO\t34\t19\t17
            Total samtliga verksamheter\t95\t86\t83""")
        .dialog("Dialoger genomförda med berörda rapportörer.")
        .beslutsunderlag(List.of("Socialförvaltningens förslag till beslut avseende statistikrapport avseende ej "
            + "verkställda gynnande beslut enligt 4 § Socialtjänstlagen (SoL) kvartal två 2025, SOC Hid: 2025.2791"))
        .skickasTill(List.of("Kommunfullmäktige", "Socialförvaltningens ledningsgrupp"))
        .build();
  }
}
