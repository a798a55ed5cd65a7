package se.namndbok.core;

import se.namndbok.core.kallelse.KallelseRenderer;
import se.namndbok.core.protokoll.ProtokollRenderer;

/**
 * The documents core keeps exactly as made (a sent kallelse, a justerat or corrected protokoll), made by the
 * reports module: core has no PDFBox. The program hands its renderers to {@link CoreServices}.
 */
public record Renderers(KallelseRenderer kallelse, ProtokollRenderer protokoll) {}
