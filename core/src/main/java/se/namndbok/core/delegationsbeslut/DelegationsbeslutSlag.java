package se.namndbok.core.delegationsbeslut;

import se.namndbok.core.anmalan.Anmalningsslag;
import se.namndbok.core.anmalan.persistence.AnmalanRepository;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diariekoppling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.delegationsbeslut.persistence.DelegationsbeslutRepository;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.shared.Validator;

/**
 * A delegationsbeslut as an anmälan: its own fields are the delegat (one of the board's delegates) and the point
 * of the delegationsordning; its handling is upprättad by the delegat.
 */
public final class DelegationsbeslutSlag implements Anmalningsslag<NyttDelegationsbeslut, Delegationsbeslut> {
  public static final String BESLUTSDATUM = "Beslutsdatum";
  public static final String RUBRIK = "Rubrik";
  public static final String DELEGATIONSPUNKT = "Delegationspunkt";

  public static final String BESLUTSFATTARE = "Beslutsfattare";

  private final DelegatService delegater;
  private final DelegationsordningService ordning;
  private final DelegationsbeslutRepository repository = new DelegationsbeslutRepository();

  public DelegationsbeslutSlag(DelegatService delegater, DelegationsordningService ordning) {
    this.delegater = delegater;
    this.ordning = ordning;
  }

  @Override
  public String entitet() {
    return "delegationsbeslut";
  }

  @Override
  public String falt() {
    return "Delegationsbeslut";
  }

  @Override
  public String borta() {
    return "beslutet finns inte längre";
  }

  @Override
  public String datumFalt() {
    return BESLUTSDATUM;
  }

  @Override
  public String textFalt() {
    return RUBRIK;
  }

  @Override
  public void validate(NyttDelegationsbeslut ny, Validator v) {
    v.notBlank(ny.delegat(), DelegatService.FIELD).maxLength(ny.delegationspunkt(), 30, DELEGATIONSPUNKT)
        .id(ny.delegationspunkt(), DELEGATIONSPUNKT).maxLength(ny.beslutsfattare(), 300, BESLUTSFATTARE);
    ordning.requireKnown(ny.delegationspunkt(), v);
    if (ny.delegat() != null && !ny.delegat().isBlank()) {
      try {
        delegater.byNamn(ny.delegat());
      } catch (ValidationException e) {
        v.add(e);
      }
    }
  }

  @Override
  public NyttDelegationsbeslut clean(NyttDelegationsbeslut ny) {
    return new NyttDelegationsbeslut(ny.diarienummer().strip(), blankToNull(ny.handlingsid()),
        delegater.byNamn(ny.delegat()).namn(), punkt(ny.delegationspunkt()), ny.beslutsdatum(),
        ny.rubrik().strip(), ny.sekretessval()).medBeslutsfattare(blankToNull(ny.beslutsfattare()));
  }

  @Override
  public NyHandling handling(NyttDelegationsbeslut ny) {
    return new NyHandling(hid(ny), ny.beslutsdatum(), Riktning.UPPRATTAD, ny.delegat(), rubrik(ny.rubrik()),
        ny.sekretessval());
  }

  @Override
  public Delegationsbeslut build(NyttDelegationsbeslut ny, Diariekoppling.Koppling k, Long sammantradeId) {
    Delegat d = delegater.byNamn(ny.delegat());
    return new Delegationsbeslut(0, k.arende().id(), k.arende().diarienummer(),
        k.handling() == null ? null : k.handling().id(), hid(ny), d.id(), d.namn(), ny.delegationspunkt(),
        ny.beslutsdatum(), ny.rubrik(), ny.sekretess(), sammantradeId, ny.sekretessval().grundId(),
        ny.sekretessval().friklassad(), 0, ny.beslutsfattare());
  }

  @Override
  public Delegationsbeslut withId(Delegationsbeslut b, long id) {
    return new Delegationsbeslut(id, b.arendeId(), b.diarienummer(), b.handlingId(), b.handlingsId(), b.delegatId(),
        b.delegat(), b.delegationspunkt(), b.beslutsdatum(), b.rubrik(), b.sekretess(), b.sammantradeId(),
        b.sekretessgrundId(), b.friklassad(), b.version(), b.beslutsfattare());
  }

  @Override
  public Delegationsbeslut withVersion(Delegationsbeslut b, int version) {
    return new Delegationsbeslut(b.id(), b.arendeId(), b.diarienummer(), b.handlingId(), b.handlingsId(), b.delegatId(),
        b.delegat(), b.delegationspunkt(), b.beslutsdatum(), b.rubrik(), b.sekretess(), b.sammantradeId(),
        b.sekretessgrundId(), b.friklassad(), version, b.beslutsfattare());
  }

  @Override
  public String bestamd() {
    return "Delegationsbeslutet";
  }

  @Override
  public NyttDelegationsbeslut somNytt(Delegationsbeslut b) {
    return b.somNytt();
  }

  @Override
  public AnmalanRepository<Delegationsbeslut> repository() {
    return repository;
  }

  static HandlingsId hid(NyttDelegationsbeslut ny) {
    return ny.handlingsid() == null || ny.handlingsid().isBlank() ? null : HandlingsId.parse(ny.handlingsid());
  }

  /** A handling's rubrik holds at most {@link ArendeService#RUBRIK_MAX} characters. */
  static String rubrik(String text) {
    return text.length() > ArendeService.RUBRIK_MAX ? text.substring(0, ArendeService.RUBRIK_MAX) : text;
  }

  /** The point as the delegationsordning spells it, or as typed while the board has none. */
  private String punkt(String nummer) {
    return ordning.byNummer(nummer).map(Delegationspunkt::nummer).orElse(blankToNull(nummer));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
