package se.namndbok.core.arende;

import java.util.List;

/**
 * The klassificeringar and handläggare the diarium already uses, for completing the fields of a new or changed
 * ärende: a handläggare typed two ways ("Åsa Öberg", "Åsa Oberg") splits her ärenden in two in every search.
 * Klassificeringar in code order, names in Swedish order.
 */
public record Diarievarden(List<String> klassificeringar, List<String> handlaggare) {
  public Diarievarden {
    klassificeringar = List.copyOf(klassificeringar);
    handlaggare = List.copyOf(handlaggare);
  }
}
