package se.namndbok.app.ejverkstallda;

import picocli.CommandLine.Option;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.ValidationException;

/** {@code --lag SoL|LSS --kvartal 2025Q2}, shared by {@code statistik} and {@code ivo}; bad values exit 2. */
final class LagOchKvartal {
  @Option(names = "--lag", required = true, paramLabel = "SoL|LSS", description = "Lagen: SoL eller LSS.")
  String lag;

  @Option(names = "--kvartal", required = true, paramLabel = "ÅÅÅÅQn", description = "Kvartalet, t.ex. 2025Q2.")
  String kvartal;

  Lag lag() {
    return Lag.find(lag).orElseThrow(() -> ValidationException.of("--lag",
        "\"" + lag + "\" är ingen lag som rapporteras; ange SoL eller LSS"));
  }

  Kvartal kvartal() {
    try {
      return Kvartal.parse(kvartal);
    } catch (ValidationException e) {
      throw ValidationException.of("--kvartal", e.errors().getFirst().message());
    }
  }
}
