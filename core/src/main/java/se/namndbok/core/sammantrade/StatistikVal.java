package se.namndbok.core.sammantrade;

import java.util.regex.Pattern;
import se.namndbok.core.shared.Validator;

/** Which quarterly report a STATISTIK item shows: {@code lag} SoL or LSS, {@code kvartal} like 2025Q2. */
public record StatistikVal(String lag, String kvartal) {
  private static final Pattern KVARTAL = Pattern.compile("\\d{4}Q[1-4]");

  void validate(Validator v) {
    v.require("SoL".equals(lag) || "LSS".equals(lag), "Lag", "välj SoL eller LSS")
        .require(kvartal != null && KVARTAL.matcher(kvartal).matches(), "Kvartal",
            "skriv år och kvartal, t.ex. 2025Q2");
  }
}
