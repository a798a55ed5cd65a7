package se.namndbok.core.demo;

import java.util.List;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.sammantrade.Sammantrade;

/** What loading the demo made: the board, the reference meeting (2025-10-23) and the attachments to generate. */
public record DemoResultat(Namnd namnd, Sammantrade sammantrade, List<DemoBilaga> bilagor) {}
