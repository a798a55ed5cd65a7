package se.namndbok.core.protokoll;

import java.time.LocalDate;

/** What the secretary fills in for a protokoll; see {@link Protokoll} for the fields. */
public record ProtokollUppgifter(String sekreterare, Long justerare1Id, Long justerare2Id, LocalDate justeringsdatum,
    String justeringsplats, String ovrigaNarvarande, Integer forstaParagraf) {}
