package se.namndbok.reports.ejverkstallda;

import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.ejverkstallda.Avslutsorsak;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.StatusFordelning;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Skal;

/**
 * The Swedish wording of the statistics report as §§ 73–74 of the reference write it: quarters in words, the
 * law's name, and the status text per insats ("Av dessa är vid rapporteringstillfället: - 1 beslut verkställt").
 * Paragraph references are never written here: they come from the nämnd's settings.
 */
public final class StatistikTexter {
  private static final String[] ORDINAL = {"", "första", "andra", "tredje", "fjärde"};
  private static final String[] GRUNDTAL = {"", "ett", "två", "tre", "fyra"};

  private StatistikTexter() {}

  /** "kvartal två 2025", as in the reference's headings. */
  public static String kvartal(Kvartal q) {
    return "kvartal " + GRUNDTAL[q.nummer()] + " " + q.ar();
  }

  /** "andra kvartalet 2025". */
  public static String kvartalet(Kvartal q) {
    return ORDINAL[q.nummer()] + " kvartalet " + q.ar();
  }

  /** "socialtjänstlagen (SoL)" or "lagen om stöd och service till vissa funktionshindrade (LSS)". */
  public static String lagnamn(Lag lag) {
    return switch (lag) {
      case SOL -> "socialtjänstlagen (SoL)";
      case LSS -> "lagen om stöd och service till vissa funktionshindrade (LSS)";
    };
  }

  /**
   * The law's demand, citing {@code lagrum} — the nämnd's setting for the report's law — the one sentence the
   * tjänsteskrivelse and the kallelse's statistics item both open their sammanfattning with (decision 0119).
   */
  public static String lagkrav(String namnd, String lagrum) {
    String liten = namnd.isEmpty() ? namnd
        : namnd.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("sv")) + namnd.substring(1);
    return "Enligt " + lagrum + " ska " + liten + " en gång per kvartal redovisa till kommunfullmäktige de "
        + "gynnande beslut som inte har verkställts inom tre månader från beslutsdagen samt gynnande beslut som "
        + "avbrutits och som inte verkställts på nytt inom tre månader.";
  }

  /** The lagrum of the nämnd's setting for {@code lag}. */
  public static String lagrum(se.namndbok.core.namnd.Namnd n, Lag lag) {
    return lag == Lag.SOL ? n.lagrumSol() : n.lagrumLss();
  }

  /** The item's and the tjänsteskrivelse's heading. */
  public static String rubrik(Lag lag, Kvartal q) {
    return "Statistikrapport avseende ej verkställda gynnande beslut enligt " + lagnamn(lag) + " " + kvartal(q);
  }

  /** "Särskilt boende (ÄO)" for SoL, "9.2 Biträde av personlig assistans" for LSS. */
  public static String insats(Insats i) {
    return i.omrade() == null ? i.rubrik() : i.benamning() + " (" + i.omrade().forkortning() + ")";
  }

  /** "Särskilt boende (ÄO) har 48 ej verkställda gynnande beslut inom perioden. Av dessa är vid rapporteringstillfället:" */
  public static String statusInledning(StatusFordelning s) {
    int n = s.summa();
    String beslut = s.insats().lag() == Lag.SOL ? " gynnande beslut" : " beslut";
    return insats(s.insats()) + " har " + n + (n == 1 ? " ej verkställt" : " ej verkställda") + beslut
        + " inom perioden. Av " + (n == 1 ? "detta" : "dessa") + " är vid rapporteringstillfället:";
  }

  /** The bullet lines: verkställda, then avslutade per orsak, then ej verkställda per skäl. */
  public static List<String> statusRader(StatusFordelning s) {
    List<String> rader = new ArrayList<>();
    if (s.verkstallda() > 0) {
      rader.add(s.verkstallda() + " beslut " + (s.verkstallda() == 1 ? "verkställt" : "verkställda"));
    }
    s.avslutade().forEach((orsak, n) -> rader.add(n + " beslut " + (n == 1 ? "avslutat " : "avslutade ") + orsak(orsak)));
    s.ejVerkstallda().forEach((skal, n) -> rader.add(n + " beslut " + (n == 1 ? "ej verkställt" : "ej verkställda")
        + " p g a " + skal(skal)));
    return rader;
  }

  static String orsak(Avslutsorsak orsak) {
    return switch (orsak) {
      case AVLIDEN -> "då den enskilde avlidit";
      case EGEN_BEGARAN -> "på den enskildes begäran";
      case UTAN_VERKSTALLAN -> "utan verkställan";
    };
  }

  static String skal(Skal skal) {
    return switch (skal) {
      case TACKAT_NEJ -> "att den enskilde har tackat nej till erbjudande";
      case PLATSBRIST -> "att det saknas plats (ex kö, behov av/pågående sanering/renovering/ombyggnation)";
      case HALSA -> "att hälsotillståndet är/har varit ett hinder merparten av väntetiden";
      case EJ_MEDVERKAN -> "att den enskilde ej medverkar till verkställighet";
      case ONSKEMAL -> "att den enskilde har specifika önskemål";
      case KOMMUNIKATION -> "kommunikativa svårigheter i kontakten med den enskilde";
      case MATCHNING -> "arbetsrelaterade omständigheter att hitta rätt matchning";
      case RESURSBRIST -> "att det saknas resurs";
      case ANNAN_HUVUDMAN -> "att annan huvudman har ansvaret";
      case ARBETSMILJO -> "faktorer i arbetsmiljön som påverkar den enskilde";
      case OVRIGT -> "övriga skäl";
    };
  }
}
