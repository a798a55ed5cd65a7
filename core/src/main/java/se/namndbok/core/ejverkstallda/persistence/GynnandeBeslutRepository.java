package se.namndbok.core.ejverkstallda.persistence;

import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.GynnandeBeslutRecord;
import se.namndbok.core.ejverkstallda.Avslutsorsak;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Skal;

/**
 * Individual decisions. Imports write in JDBC batches (one round trip per {@value #BATCH} rows); the
 * frist column is written from {@link GynnandeBeslut#frist()} so the quarter query can use its index.
 */
public final class GynnandeBeslutRepository {
  static final int BATCH = 1000;
  private static final String INSERT = "INSERT INTO gynnande_beslut (lag, insats_kod, kon, fodelsear, beslutsdatum,"
      + " avbrottsdatum, verkstallighetsdatum, avslutsdatum, avslutsorsak, skal, frist, erbjudanden, referens)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE = "UPDATE gynnande_beslut SET lag = ?, insats_kod = ?, kon = ?, fodelsear = ?,"
      + " beslutsdatum = ?, avbrottsdatum = ?, verkstallighetsdatum = ?, avslutsdatum = ?, avslutsorsak = ?,"
      + " skal = ?, frist = ?, erbjudanden = ? WHERE referens = ?";

  public void insert(Tx tx, Collection<GynnandeBeslut> beslut) {
    write(tx, INSERT, beslut);
  }

  public void update(Tx tx, Collection<GynnandeBeslut> beslut) {
    write(tx, UPDATE, beslut);
  }

  public Optional<GynnandeBeslut> find(Tx tx, String referens) {
    return tx.dsl().selectFrom(GYNNANDE_BESLUT).where(GYNNANDE_BESLUT.REFERENS.eq(referens))
        .fetchOptional(GynnandeBeslutRepository::map);
  }

  /** The stored decisions among {@code referenser}, asked for in chunks so the IN list stays small. */
  public List<GynnandeBeslut> findAll(Tx tx, List<String> referenser) {
    List<GynnandeBeslut> found = new ArrayList<>();
    for (int from = 0; from < referenser.size(); from += BATCH) {
      List<String> chunk = referenser.subList(from, Math.min(referenser.size(), from + BATCH));
      found.addAll(tx.dsl().selectFrom(GYNNANDE_BESLUT).where(GYNNANDE_BESLUT.REFERENS.in(chunk))
          .fetch(GynnandeBeslutRepository::map));
    }
    return found;
  }

  public int count(Tx tx) {
    return tx.dsl().fetchCount(GYNNANDE_BESLUT);
  }

  public void deleteAll(Tx tx) {
    tx.dsl().deleteFrom(GYNNANDE_BESLUT).execute();
  }

  private static void write(Tx tx, String sql, Collection<GynnandeBeslut> beslut) {
    if (beslut.isEmpty()) {
      return;
    }
    tx.dsl().connection(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int pending = 0;
        for (GynnandeBeslut b : beslut) {
          bind(ps, 1, b);
          ps.addBatch();
          if (++pending == BATCH) {
            ps.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          ps.executeBatch();
        }
      }
    });
  }

  /** Binds the decision's columns from parameter {@code first} on, in the order of {@link #INSERT}. */
  static void bind(PreparedStatement ps, int first, GynnandeBeslut b) throws SQLException {
    ps.setString(first, b.lag().kod());
    ps.setString(first + 1, b.insats());
    ps.setString(first + 2, b.kon().name());
    if (b.fodelsear() == null) {
      ps.setNull(first + 3, Types.INTEGER);
    } else {
      ps.setInt(first + 3, b.fodelsear());
    }
    date(ps, first + 4, b.beslutsdatum());
    date(ps, first + 5, b.avbrottsdatum());
    date(ps, first + 6, b.verkstallighetsdatum());
    date(ps, first + 7, b.avslutsdatum());
    ps.setString(first + 8, b.avslutsorsak() == null ? null : b.avslutsorsak().kod());
    ps.setString(first + 9, b.skal() == null ? null : b.skal().kod());
    date(ps, first + 10, b.frist());
    ps.setString(first + 11, b.erbjudandenText());
    ps.setString(first + 12, b.referens());
  }

  private static void date(PreparedStatement ps, int index, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setObject(index, d);
    }
  }

  static GynnandeBeslut map(GynnandeBeslutRecord r) {
    return new GynnandeBeslut(r.getReferens(), Lag.of(r.getLag()), r.getInsatsKod(), Kon.valueOf(r.getKon()),
        r.getFodelsear(), r.getBeslutsdatum(), r.getAvbrottsdatum(), r.getVerkstallighetsdatum(),
        r.getAvslutsdatum(), r.getAvslutsorsak() == null ? null : Avslutsorsak.of(r.getAvslutsorsak()),
        r.getSkal() == null ? null : Skal.of(r.getSkal()), GynnandeBeslut.erbjudanden(r.getErbjudanden()));
  }
}
