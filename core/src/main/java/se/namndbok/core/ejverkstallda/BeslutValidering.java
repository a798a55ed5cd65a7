package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.namndbok.core.shared.Personnummer;
import se.namndbok.core.shared.SafeText;

/**
 * The checks a decision must pass, the same for the window and the import. Each problem names its field;
 * the caller turns them into a {@code ValidationException} or into import errors with the file's line.
 */
public final class BeslutValidering {
  public static final int REFERENS_MAX = 100;
  public static final int FORSTA_FODELSEAR = 1890;

  /** One refused value. */
  public record Fel(BeslutFalt falt, String meddelande) {}

  private final Insatskatalog katalog;
  private final LocalDate idag;

  public BeslutValidering(Insatskatalog katalog, LocalDate idag) {
    this.katalog = katalog;
    this.idag = idag;
  }

  public List<Fel> validate(GynnandeBeslut b) {
    List<Fel> fel = new ArrayList<>();
    required(b, fel);
    insats(b, fel);
    if (b.fodelsear() != null && (b.fodelsear() < FORSTA_FODELSEAR || b.fodelsear() > idag.getYear())) {
      fel.add(new Fel(BeslutFalt.FODELSEAR, "måste vara ett år mellan " + FORSTA_FODELSEAR + " och " + idag.getYear()));
    }
    notFuture(b.beslutsdatum(), BeslutFalt.BESLUTSDATUM, fel);
    notFuture(b.avbrottsdatum(), BeslutFalt.AVBROTTSDATUM, fel);
    notFuture(b.verkstallighetsdatum(), BeslutFalt.VERKSTALLIGHETSDATUM, fel);
    notFuture(b.avslutsdatum(), BeslutFalt.AVSLUTSDATUM, fel);
    order(b, fel);
    avslut(b, fel);
    erbjudanden(b, fel);
    return fel;
  }

  /** A personnummer or samordningsnummer in any spelling (see {@link Personnummer}): it is never stored. */
  public static boolean liknarPersonnummer(String referens) {
    return Personnummer.finnsI(referens);
  }

  private static void required(GynnandeBeslut b, List<Fel> fel) {
    if (b.referens() == null || b.referens().isBlank()) {
      fel.add(new Fel(BeslutFalt.ID, "måste fyllas i"));
    } else if (b.referens().length() > REFERENS_MAX) {
      fel.add(new Fel(BeslutFalt.ID, "får vara högst " + REFERENS_MAX + " tecken"));
    } else {
      String problem = SafeText.problem(utanYttreMellanslag(b.referens()), SafeText.Slag.ID);
      if (problem != null) {
        fel.add(new Fel(BeslutFalt.ID, problem));
      }
    }
    if (b.lag() == null) {
      fel.add(new Fel(BeslutFalt.LAG, "måste fyllas i (SoL eller LSS)"));
    }
    if (b.kon() == null) {
      fel.add(new Fel(BeslutFalt.KON, "måste fyllas i (K eller M)"));
    }
    if (b.beslutsdatum() == null) {
      fel.add(new Fel(BeslutFalt.BESLUTSDATUM, "måste fyllas i"));
    }
  }

  /** Spaces around an id are dropped on saving; a tab or another control character there is refused. */
  private static String utanYttreMellanslag(String referens) {
    int from = 0;
    int to = referens.length();
    while (from < to && referens.charAt(from) == ' ') {
      from++;
    }
    while (to > from && referens.charAt(to - 1) == ' ') {
      to--;
    }
    return referens.substring(from, to); // no regex: it ran for every line of a million-line import
  }

  private void insats(GynnandeBeslut b, List<Fel> fel) {
    if (b.insats() == null || b.insats().isBlank()) {
      fel.add(new Fel(BeslutFalt.INSATS, "måste fyllas i"));
      return;
    }
    katalog.find(b.insats()).ifPresentOrElse(i -> {
      if (b.lag() != null && i.lag() != b.lag()) {
        fel.add(new Fel(BeslutFalt.INSATS, b.insats() + " är en insats enligt " + i.lag() + ", inte " + b.lag()));
      }
    }, () -> fel.add(new Fel(BeslutFalt.INSATS, Personnummer.citat(b.insats()) + " finns inte i insatskatalogen")));
  }

  private void notFuture(LocalDate date, BeslutFalt falt, List<Fel> fel) {
    if (date != null && date.isBefore(se.namndbok.core.shared.Granser.FORSTA_DATUM)) {
      fel.add(new Fel(falt, date + " ligger före år " + se.namndbok.core.shared.Granser.FORSTA_DATUM.getYear()));
    } else if (date != null && date.isAfter(idag)) {
      fel.add(new Fel(falt, date + " ligger efter dagens datum (" + idag + ")"));
    }
  }

  private static void order(GynnandeBeslut b, List<Fel> fel) {
    LocalDate beslut = b.beslutsdatum();
    if (beslut == null) {
      return;
    }
    if (b.avbrottsdatum() != null && !b.avbrottsdatum().isAfter(beslut)) {
      fel.add(new Fel(BeslutFalt.AVBROTTSDATUM, "måste vara senare än beslutsdatum (" + beslut + ")"));
    }
    LocalDate verk = b.verkstallighetsdatum();
    if (verk != null && verk.isBefore(beslut)) {
      fel.add(new Fel(BeslutFalt.VERKSTALLIGHETSDATUM, "får inte vara tidigare än beslutsdatum (" + beslut + ")"));
    } else if (verk != null && b.avbrottsdatum() != null && verk.isBefore(b.avbrottsdatum())) {
      fel.add(new Fel(BeslutFalt.VERKSTALLIGHETSDATUM,
          "får inte vara tidigare än avbrottsdatum (" + b.avbrottsdatum() + ")"));
    }
    if (b.avslutsdatum() != null && b.avslutsdatum().isBefore(beslut)) {
      fel.add(new Fel(BeslutFalt.AVSLUTSDATUM, "får inte vara tidigare än beslutsdatum (" + beslut + ")"));
    }
  }

  /** Offers are made after the decision and before it is verkställt or closed, and not in the future. */
  private void erbjudanden(GynnandeBeslut b, List<Fel> fel) {
    List<LocalDate> dagar = b.erbjudanden();
    if (dagar.isEmpty()) {
      return;
    }
    if (dagar.size() > GynnandeBeslut.ERBJUDANDEN_MAX) {
      fel.add(new Fel(BeslutFalt.ERBJUDANDEN, "högst " + GynnandeBeslut.ERBJUDANDEN_MAX + " datum, inte "
          + dagar.size()));
      return;
    }
    LocalDate forsta = dagar.getFirst();
    LocalDate sista = dagar.getLast();
    if (b.beslutsdatum() != null && forsta.isBefore(b.beslutsdatum())) {
      fel.add(new Fel(BeslutFalt.ERBJUDANDEN, forsta + " ligger före beslutsdatum (" + b.beslutsdatum() + ")"));
    } else if (forsta.isBefore(se.namndbok.core.shared.Granser.FORSTA_DATUM)) {
      notFuture(forsta, BeslutFalt.ERBJUDANDEN, fel);
    }
    if (sista.isAfter(idag)) {
      notFuture(sista, BeslutFalt.ERBJUDANDEN, fel);
    } else if (b.verkstallighetsdatum() != null && sista.isAfter(b.verkstallighetsdatum())) {
      fel.add(new Fel(BeslutFalt.ERBJUDANDEN, sista + " ligger efter verkställighetsdatum ("
          + b.verkstallighetsdatum() + ")"));
    } else if (b.avslutsdatum() != null && sista.isAfter(b.avslutsdatum())) {
      fel.add(new Fel(BeslutFalt.ERBJUDANDEN, sista + " ligger efter avslutsdatum (" + b.avslutsdatum() + ")"));
    }
  }

  private static void avslut(GynnandeBeslut b, List<Fel> fel) {
    if (b.avslutsdatum() != null && b.avslutsorsak() == null) {
      fel.add(new Fel(BeslutFalt.AVSLUTSORSAK, "måste anges när avslutsdatum är ifyllt (AVLIDEN, EGEN-BEGARAN "
          + "eller UTAN-VERKSTALLAN)"));
    }
    if (b.avslutsorsak() != null && b.avslutsdatum() == null) {
      fel.add(new Fel(BeslutFalt.AVSLUTSDATUM, "måste anges när avslutsorsak är ifylld"));
    }
  }
}
