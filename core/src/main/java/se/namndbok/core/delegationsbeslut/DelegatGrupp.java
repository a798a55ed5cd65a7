package se.namndbok.core.delegationsbeslut;

import java.util.List;
import se.namndbok.core.namnd.Delegat;

/** One delegate's decisions, as the delegation report prints them under the delegate's name. */
public record DelegatGrupp(Delegat delegat, List<Delegationsbeslut> beslut) {}
