package se.namndbok.core.protokoll;

import java.time.OffsetDateTime;
import java.util.List;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.protokoll.persistence.ProtokollVersionRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;

/**
 * Keeps the versions of justerat protokoll: renders the members' and the public PDF of the protokoll as it
 * now stands (with every rättelse so far printed), stores both files and adds the version. Used inside the
 * transaction of a justering or a rättelse; the files are written first (an unreferenced file is harmless).
 */
public final class ProtokollArkiv {
  private final Transactions transactions;
  private final FileStore files;
  private final ProtokollRenderer renderer;
  private final ProtokollLasning lasning;
  private final Clock clock;
  private final ProtokollVersionRepository versioner = new ProtokollVersionRepository();

  public ProtokollArkiv(Transactions transactions, FileStore files, ProtokollRenderer renderer, ProtokollLasning lasning,
      Clock clock) {
    this.transactions = transactions;
    this.files = files;
    this.renderer = renderer;
    this.lasning = lasning;
    this.clock = clock;
  }

  /** Makes and keeps the next version: the original (skal null) or a rättelse with its reason and changes. */
  ProtokollVersion lagra(long sammantradeId, String skal, List<String> andringar) {
    return lagra(sammantradeId, skal, andringar, null);
  }

  /** Makes and keeps the next version of the given kind (null: the original or a rättelse, by its number). */
  ProtokollVersion lagra(long sammantradeId, String skal, List<String> andringar, ProtokollVersion.Slag slag) {
    return transactions.inTransaction(tx -> {
      List<ProtokollVersion> tidigare = versioner.find(tx, sammantradeId);
      ProtokollVersion ny = new ProtokollVersion(sammantradeId, tidigare.size() + 1, clock.now(), clock.user(), skal,
          andringar, null, 0, null, 0, slag);
      ProtokollUnderlag u = lasning.underlag(sammantradeId).medVersion(ny);
      OffsetDateTime skapad = OffsetDateTime.now(clock.clock()).withNano(0);
      byte[] pdf = renderer.render(u, false, skapad);
      byte[] offentlig = renderer.render(u, true, skapad);
      ProtokollVersion lagrad = new ProtokollVersion(sammantradeId, ny.version(), ny.skapad(), ny.skapadAv(), skal,
          andringar, files.put(tx, pdf), pdf.length, files.put(tx, offentlig), offentlig.length, ny.slag());
      versioner.insert(tx, lagrad);
      return lagrad;
    });
  }

  List<ProtokollVersion> versioner(long sammantradeId) {
    return transactions.read(tx -> versioner.find(tx, sammantradeId));
  }

  /** The kept PDF of a version, exactly as made (checked against its sha256). */
  byte[] pdf(long sammantradeId, int version, boolean offentlig) {
    ProtokollVersion v = versioner(sammantradeId).stream().filter(x -> x.version() == version).findFirst()
        .orElseThrow(() -> ValidationException.of("Version", "protokollet har ingen version " + version));
    return files.get(v.sha256(offentlig));
  }
}
