package se.namndbok.core.kallelse;

import java.util.List;
import se.namndbok.core.namnd.Ledamotsplats;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * Everything a kallelse for one meeting shows, read in one transaction: the board, the meeting (and its utskott,
 * null for the board's own meeting), the seats held on the meeting day (ordinarie first, in their order) and the
 * items in punkt order. Confidential content is included and marked; the renderer of the public version leaves
 * it out.
 */
public record KallelseUnderlag(Namnd namnd, Sammantrade sammantrade, Utskott utskott, List<Ledamotsplats> ledamoter,
    List<KallelsePunkt> punkter) {}
