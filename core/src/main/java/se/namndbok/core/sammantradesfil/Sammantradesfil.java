package se.namndbok.core.sammantradesfil;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One meeting as a file ({@code docs/sammantrade-format.md}, {@code docs/sammantrade.schema.json}): the meeting
 * with its punkter and every text, confidentiality with its ground, the attachments embedded (base64 with their
 * sha256), the anmälningar reported to it, and what its kallelse needs around it — the nämnd, the organ with its
 * ledamöter and ersättare, the ärenden and their handlingar, the sekretessgrunder and delegationspunkter used.
 * Field names are the JSON's; absent optional values are left out of the file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "namnd", "organ", "sammantrade", "sekretessgrunder", "arenden", "punkter",
    "meddelanden", "delegationsbeslut", "delegationsordning"})
public record Sammantradesfil(String format, Integer version, Namnd namnd, Organ organ, Sammantrade sammantrade,
    List<Sekretessgrund> sekretessgrunder, List<Arende> arenden, List<Punkt> punkter, List<Meddelande> meddelanden,
    List<Delegationsbeslut> delegationsbeslut, List<Delegationspunkt> delegationsordning) {

  public static final String FORMAT = "namndbok-sammantrade";
  public static final int VERSION = 1;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Namnd(String namn, String kommun, String forvaltning, String lagrumSol, String lagrumLss,
      Kontakt kontakt, Fil logotyp) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Kontakt(String sekreterare, String titel, String telefon, String epost, String forhinderTill,
      String partiordning) {}

  /** The nämnd itself ({@code typ} "namnd", no name) or one of its utskott. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Organ(String typ, String namn, String utskottstyp, List<Ledamot> ledamoter) {}

  /** A seat on the organ on the meeting day and who holds it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Ledamot(String fornamn, String efternamn, String parti, String telefon, String epost, String uppdrag,
      String roll, int ordning, LocalDate fran, LocalDate till) {
    public String namn() {
      return fornamn + " " + efternamn;
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Sammantrade(LocalDate datum, @JsonFormat(pattern = "HH:mm") LocalTime tid, String plats, LocalDate kallelsedatum,
      List<String> justerare, LocalDate justeringsdag, String justeringsplats) {}

  public record Sekretessgrund(String kod, String benamning, String kortform, String lagrum) {}

  /** {@code lage}: "foljer-arendet", "sekretess" (under {@code grund}, a kod) or "offentlig" (friklassad). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Sekretess(String lage, String grund) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Arende(String diarienummer, String klassificering, String rubrik, String handlaggare,
      LocalDate registrerad, Sekretess sekretess, List<Handling> handlingar) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Handling(String hid, LocalDate datum, String riktning, String motpart, String rubrik,
      Sekretess sekretess, Fil fil) {}

  /** A file's name, its SHA-256 (64 hex digits, lower case) and its bytes as base64. */
  public record Fil(String namn, String sha256, String data) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Punkt(int nummer, String typ, String arende, String rubrik, String forslagAv, Texter texter,
      Sekretess sekretess, Statistik statistik, List<Underlag> beslutsunderlag, List<String> bilagor) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Texter(String forslag, String sammanfattning, String beskrivning, String dialog, String skickasTill,
      String ovrigaBeslut) {}

  public record Statistik(String lag, String kvartal) {}

  /** A handling by its Hid, or a line of text. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Underlag(String handling, String text) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Meddelande(String avsandare, LocalDate datum, String paragraf, String amne, String diarienummer,
      String handlingsid, Sekretess sekretess) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Delegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
      LocalDate beslutsdatum, String rubrik, String beslutsfattare, Sekretess sekretess) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Delegationspunkt(String nummer, String arende, String lagrum, String delegat) {}
}
