package se.namndbok.core.meddelande;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndbok.core.anmalan.Anmalningsslag;
import se.namndbok.core.anmalan.persistence.AnmalanRepository;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.meddelande.persistence.MeddelandeRepository;
import se.namndbok.core.shared.Validator;

/**
 * A meddelande as an anmälan: its own fields are the avsändare and (for another body's decision) its paragraf,
 * kept as the number only; its handling is inkommande from the avsändare.
 */
public final class MeddelandeSlag implements Anmalningsslag<NyttMeddelande, Meddelande> {
  public static final String AVSANDARE = "Avsändare";
  public static final String DATUM = "Datum";
  public static final String PARAGRAF = "Paragraf";
  public static final String AMNE = "Ämne";
  private static final Pattern PARAGRAF_FORMAT = Pattern.compile("(?:§\\s*)?(\\d{1,5}[a-z]?)");

  private final MeddelandeRepository repository = new MeddelandeRepository();

  @Override
  public String entitet() {
    return "meddelande";
  }

  @Override
  public String falt() {
    return "Meddelande";
  }

  @Override
  public String borta() {
    return "meddelandet finns inte längre";
  }

  @Override
  public String datumFalt() {
    return DATUM;
  }

  @Override
  public String textFalt() {
    return AMNE;
  }

  @Override
  public void validate(NyttMeddelande ny, Validator v) {
    v.notBlank(ny.avsandare(), AVSANDARE).maxLength(ny.avsandare(), 300, AVSANDARE);
    String p = blank(ny.paragraf()) ? null : ny.paragraf().strip();
    v.require(p == null || PARAGRAF_FORMAT.matcher(p).matches(), PARAGRAF,
        se.namndbok.core.shared.Personnummer.citat(p) + " är ingen paragraf; skriv numret, t.ex. 159 eller § 159");
  }

  @Override
  public NyttMeddelande clean(NyttMeddelande ny) {
    Matcher m = blank(ny.paragraf()) ? null : PARAGRAF_FORMAT.matcher(ny.paragraf().strip());
    return new NyttMeddelande(ny.avsandare().strip(), ny.datum(), m != null && m.matches() ? m.group(1) : null,
        ny.amne().strip(), ny.diarienummer().strip(), blank(ny.handlingsid()) ? null : ny.handlingsid().strip(),
        ny.sekretessval());
  }

  @Override
  public NyHandling handling(NyttMeddelande ny) {
    String amne = ny.amne().length() > ArendeService.RUBRIK_MAX ? ny.amne().substring(0, ArendeService.RUBRIK_MAX)
        : ny.amne();
    return new NyHandling(hid(ny), ny.datum(), Riktning.INKOMMANDE, ny.avsandare(), amne, ny.sekretessval());
  }

  @Override
  public Meddelande build(NyttMeddelande ny, Diariekoppling.Koppling k, Long sammantradeId) {
    return new Meddelande(0, ny.avsandare(), ny.datum(), ny.paragraf(), ny.amne(), k.arende().id(),
        k.arende().diarienummer(), k.handling() == null ? null : k.handling().id(), hid(ny), ny.sekretess(),
        sammantradeId, ny.sekretessval().grundId(), ny.sekretessval().friklassad(), 0);
  }

  @Override
  public Meddelande withId(Meddelande m, long id) {
    return new Meddelande(id, m.avsandare(), m.datum(), m.paragraf(), m.amne(), m.arendeId(), m.diarienummer(),
        m.handlingId(), m.handlingsId(), m.sekretess(), m.sammantradeId(), m.sekretessgrundId(), m.friklassad(),
        m.version());
  }

  @Override
  public Meddelande withVersion(Meddelande m, int version) {
    return new Meddelande(m.id(), m.avsandare(), m.datum(), m.paragraf(), m.amne(), m.arendeId(), m.diarienummer(),
        m.handlingId(), m.handlingsId(), m.sekretess(), m.sammantradeId(), m.sekretessgrundId(), m.friklassad(),
        version);
  }

  @Override
  public String bestamd() {
    return "Meddelandet";
  }

  @Override
  public NyttMeddelande somNytt(Meddelande m) {
    return m.somNytt();
  }

  @Override
  public AnmalanRepository<Meddelande> repository() {
    return repository;
  }

  private static HandlingsId hid(NyttMeddelande ny) {
    return blank(ny.handlingsid()) ? null : HandlingsId.parse(ny.handlingsid());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
