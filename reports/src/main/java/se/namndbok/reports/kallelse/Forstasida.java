package se.namndbok.reports.kallelse;

import java.util.List;
import java.util.Objects;

/**
 * What the kallelse's first page says besides nämnd, time, place and members (decision record 0113), ready-formatted;
 * an empty string or list leaves its line out.
 *
 * @param logo the nämnd's logo (PNG or SVG), or null
 * @param kallelsedatum the day the kallelse is sent, "2025-10-16"
 * @param ordforande "Annika Lindqvist (S), 0920-45 30 01, annika.lindqvist@lulea.se"
 * @param sekreterare "Anna Berg, nämndsekreterare, 0920-45 30 12, anna.berg@lulea.se"
 * @param forhinder to whom förhinder are reported, "Anna Berg, 0920-45 30 12, socialnamnden@lulea.se"
 * @param partiordning the parties in the order the lists of members follow ("S", "M", …); others come after
 * @param justerare the proposed justerare, "Karin Björk (M)"
 * @param justering the day and place of justering, "torsdag 30 oktober 2025, Socialförvaltningen"
 * @param revidering for a kallelse sent again, which sent version it replaces; empty for the first
 */
public record Forstasida(byte[] logo, String kallelsedatum, String ordforande, String sekreterare, String forhinder,
    List<String> partiordning, List<String> justerare, String justering, String revidering) {
  public static final Forstasida INGEN = new Forstasida(null, "", "", "", "", List.of(), List.of(), "", "");

  public Forstasida(byte[] logo, String kallelsedatum, String ordforande, String sekreterare, String forhinder,
      List<String> partiordning, List<String> justerare, String justering) {
    this(logo, kallelsedatum, ordforande, sekreterare, forhinder, partiordning, justerare, justering, "");
  }

  /** The same first page, saying which sent kallelse this one replaces ({@code revidering}). */
  public Forstasida withRevidering(String text) {
    return new Forstasida(logo, kallelsedatum, ordforande, sekreterare, forhinder, partiordning, justerare, justering,
        text);
  }

  public Forstasida {
    kallelsedatum = Objects.requireNonNullElse(kallelsedatum, "");
    ordforande = Objects.requireNonNullElse(ordforande, "");
    sekreterare = Objects.requireNonNullElse(sekreterare, "");
    forhinder = Objects.requireNonNullElse(forhinder, "");
    partiordning = List.copyOf(partiordning);
    justerare = List.copyOf(justerare);
    justering = Objects.requireNonNullElse(justering, "");
    revidering = Objects.requireNonNullElse(revidering, "");
  }
}
