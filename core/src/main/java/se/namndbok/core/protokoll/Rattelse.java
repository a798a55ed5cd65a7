package se.namndbok.core.protokoll;

import java.util.List;

/**
 * A correction of a justerat protokoll as the user asks for it: why ({@code skal}, required), and what to change:
 * paragraphs' beslut, the attendance list ({@code narvaro}, null: unchanged) and the protokoll's details
 * ({@code uppgifter}, null: unchanged).
 */
public record Rattelse(String skal, List<Beslut> beslut, List<Narvaro> narvaro, ProtokollUppgifter uppgifter) {
  public Rattelse {
    beslut = beslut == null ? List.of() : List.copyOf(beslut);
    narvaro = narvaro == null ? null : List.copyOf(narvaro);
  }

  /** A rättelse of one paragraf's beslut (and beslutsgång). */
  public static Rattelse avBeslut(String skal, long arendepunktId, String beslut, String beslutsgang) {
    return new Rattelse(skal, List.of(new Beslut(arendepunktId, beslut, beslutsgang)), null, null);
  }

  /** The corrected beslut of the paragraf of item {@code arendepunktId}. */
  public record Beslut(long arendepunktId, String beslut, String beslutsgang) {}
}
