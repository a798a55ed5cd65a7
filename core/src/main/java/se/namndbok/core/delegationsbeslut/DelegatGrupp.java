package se.namndbok.core.delegationsbeslut;

import java.util.List;
import java.util.Optional;
import se.namndbok.core.namnd.Delegat;

/**
 * One delegate's decisions, as the delegation report prints them under the delegate's name, with the points of
 * the delegationsordning they refer to (empty when the board keeps no delegationsordning).
 */
public record DelegatGrupp(Delegat delegat, List<Delegationsbeslut> beslut, List<Delegationspunkt> punkter) {
  public DelegatGrupp {
    beslut = List.copyOf(beslut);
    punkter = List.copyOf(punkter);
  }

  public DelegatGrupp(Delegat delegat, List<Delegationsbeslut> beslut) {
    this(delegat, beslut, List.of());
  }

  /** The point a decision refers to, when the delegationsordning has it. */
  public Optional<Delegationspunkt> punkt(Delegationsbeslut b) {
    return b.delegationspunkt() == null ? Optional.empty()
        : punkter.stream().filter(p -> p.nummer().equalsIgnoreCase(b.delegationspunkt())).findFirst();
  }
}
