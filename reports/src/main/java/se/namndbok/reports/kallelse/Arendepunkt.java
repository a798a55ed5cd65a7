package se.namndbok.reports.kallelse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.namndbok.reports.delegationsbeslut.DelegationsbeslutRad;
import se.namndbok.reports.layout.Block;
import se.namndbok.reports.meddelanden.MeddelandeRad;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * One item of the agenda, ready-formatted. Texts are plain text: blank lines separate paragraphs, "- " starts a
 * bullet, tab-separated lines form a table ({@code Markup}). Empty texts and lists are left out of the kallelse.
 * {@code sekretessgrund} is the ground the item is withheld under in the public version, null for a public item.
 *
 * @param arendenr "2025/1184" (contents); printed with the klassificering as "Ärendenr 2025/1184-3.9.0.1"
 * @param forslagRubrik "Socialförvaltningens förslag till beslut" or "Socialnämndens arbetsutskotts förslag till beslut"
 * @param statistik for a statistics item, the computed report's blocks ({@code StatistikBlocks.rapport}),
 *     printed under "Beskrivning av ärendet"; empty for other items
 * @param egenSekretess the item is withheld on its own marking while its ärende is public in the diarium (or it
 *     has none): the public version says the punkt is confidential, not the ärende
 */
public record Arendepunkt(String punkt, String rubrik, String arendenr, String klassificering,
    Sekretessgrund sekretessgrund, String forslagRubrik, String forslag, String sammanfattning, String beskrivning, String dialog,
    List<Underlag> beslutsunderlag, List<String> skickasTill, List<MeddelandeRad> meddelanden,
    List<DelegationsbeslutRad> delegationsbeslut, List<String> ovrigaBeslut, List<Bilaga> bilagor,
    List<Block> statistik, boolean egenSekretess) {

  public Arendepunkt(String punkt, String rubrik, String arendenr, String klassificering,
      Sekretessgrund sekretessgrund, String forslagRubrik, String forslag, String sammanfattning, String beskrivning,
      String dialog, List<Underlag> beslutsunderlag, List<String> skickasTill, List<MeddelandeRad> meddelanden,
      List<DelegationsbeslutRad> delegationsbeslut, List<String> ovrigaBeslut, List<Bilaga> bilagor,
      List<Block> statistik) {
    this(punkt, rubrik, arendenr, klassificering, sekretessgrund, forslagRubrik, forslag, sammanfattning,
        beskrivning, dialog, beslutsunderlag, skickasTill, meddelanden, delegationsbeslut, ovrigaBeslut, bilagor,
        statistik, false);
  }

  public Arendepunkt {
    Objects.requireNonNull(punkt);
    Objects.requireNonNull(rubrik);
    arendenr = Objects.requireNonNullElse(arendenr, "");
    klassificering = Objects.requireNonNullElse(klassificering, "");
    forslagRubrik = Objects.requireNonNullElse(forslagRubrik, "");
    forslag = Objects.requireNonNullElse(forslag, "");
    sammanfattning = Objects.requireNonNullElse(sammanfattning, "");
    beskrivning = Objects.requireNonNullElse(beskrivning, "");
    dialog = Objects.requireNonNullElse(dialog, "");
    beslutsunderlag = List.copyOf(beslutsunderlag);
    skickasTill = List.copyOf(skickasTill);
    meddelanden = List.copyOf(meddelanden);
    delegationsbeslut = List.copyOf(delegationsbeslut);
    ovrigaBeslut = List.copyOf(ovrigaBeslut);
    bilagor = List.copyOf(bilagor);
    statistik = List.copyOf(statistik);
  }

  /** True when the item is withheld from the public version ({@link #sekretessgrund} says under which ground). */
  public boolean sekretess() {
    return sekretessgrund != null;
  }

  /** What the public version prints in place of a withheld item: the ärende, or the punkt alone, is confidential. */
  public String sekretesstext() {
    return egenSekretess ? sekretessgrund.punkt() : sekretessgrund.arende();
  }

  /** "2025/1184-3.9.0.1", or the number alone without a klassificering. */
  public String arendenrMedKlassificering() {
    return klassificering.isBlank() ? arendenr : arendenr + "-" + klassificering;
  }

  public static Builder builder(String punkt, String rubrik, String arendenr) {
    return new Builder(punkt, rubrik, arendenr);
  }

  /** Builds an item field by field; everything not set stays empty. */
  public static final class Builder {
    private final String punkt;
    private final String rubrik;
    private final String arendenr;
    private String klassificering = "";
    private Sekretessgrund sekretess;
    private String forslagRubrik = "";
    private String forslag = "";
    private String sammanfattning = "";
    private String beskrivning = "";
    private String dialog = "";
    private List<Underlag> beslutsunderlag = List.of();
    private List<String> skickasTill = List.of();
    private List<MeddelandeRad> meddelanden = List.of();
    private List<DelegationsbeslutRad> delegationsbeslut = List.of();
    private List<String> ovrigaBeslut = List.of();
    private final List<Bilaga> bilagor = new ArrayList<>();
    private List<Block> statistik = List.of();
    private boolean egenSekretess;

    private Builder(String punkt, String rubrik, String arendenr) {
      this.punkt = punkt;
      this.rubrik = rubrik;
      this.arendenr = arendenr;
    }

    public Builder klassificering(String value) { klassificering = value; return this; }
    public Builder sekretess(boolean value) { sekretess = value ? Sekretessgrund.SOCIALTJANST : null; return this; }
    public Builder sekretess(Sekretessgrund value) { sekretess = value; return this; }
    /** Withheld on the item's own marking, its ärende being public ({@link Arendepunkt#egenSekretess}). */
    public Builder egenSekretess(boolean value) { egenSekretess = value; return this; }
    public Builder forslag(String heading, String text) { forslagRubrik = heading; forslag = text; return this; }
    public Builder sammanfattning(String value) { sammanfattning = value; return this; }
    public Builder beskrivning(String value) { beskrivning = value; return this; }
    public Builder dialog(String value) { dialog = value; return this; }
    public Builder beslutsunderlag(List<String> value) {
      beslutsunderlag = value.stream().map(Underlag::offentligt).toList();
      return this;
    }

    public Builder beslutsunderlagRader(List<Underlag> value) { beslutsunderlag = value; return this; }
    public Builder skickasTill(List<String> value) { skickasTill = value; return this; }
    public Builder meddelanden(List<MeddelandeRad> value) { meddelanden = value; return this; }
    public Builder delegationsbeslut(List<DelegationsbeslutRad> value) { delegationsbeslut = value; return this; }
    public Builder ovrigaBeslut(List<String> value) { ovrigaBeslut = value; return this; }
    public Builder bilaga(Bilaga value) { bilagor.add(value); return this; }
    public Builder statistik(List<Block> value) { statistik = value; return this; }

    public Arendepunkt build() {
      return new Arendepunkt(punkt, rubrik, arendenr, klassificering, sekretess, forslagRubrik, forslag,
          sammanfattning, beskrivning, dialog, beslutsunderlag, skickasTill, meddelanden, delegationsbeslut,
          ovrigaBeslut, bilagor, statistik, egenSekretess);
    }
  }
}
