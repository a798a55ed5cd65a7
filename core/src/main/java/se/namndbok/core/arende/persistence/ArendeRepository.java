package se.namndbok.core.arende.persistence;

import static se.namndbok.core.db.generated.Tables.ARENDE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.DiariumSokning;
import se.namndbok.core.arende.Klassificering;
import se.namndbok.core.db.Tx;
import se.namndbok.core.db.generated.tables.records.ArendeRecord;

/** Cases: one query per finder, rows mapped into {@link Arende}. */
public final class ArendeRepository {
  private final DiarieordRepository index = new DiarieordRepository();
  private final Diariesokning sokning;
  /** The diarium's first page (no words) as SQL, per dialect: the same query every time. */
  private final Map<SQLDialect, String> forstaSidan = new ConcurrentHashMap<>();

  public ArendeRepository() {
    this(new Diariesokning());
  }

  /** A repository whose search plans with other limits (tests that take every path on a small diarium). */
  ArendeRepository(Diariesokning sokning) {
    this.sokning = sokning;
  }

  /** Inserts the case and indexes its rubrik for the diarium's search (decision 0142). */
  public long insert(Tx tx, Arende a) {
    long id = tx.dsl().insertInto(ARENDE)
        .set(ARENDE.AR, a.diarienummer().ar())
        .set(ARENDE.LOPNUMMER, a.diarienummer().lopnummer())
        .set(ARENDE.KLASSIFICERING, a.klassificering() == null ? null : a.klassificering().kod())
        .set(ARENDE.RUBRIK, a.rubrik())
        .set(ARENDE.STATUS, a.status().name())
        .set(ARENDE.HANDLAGGARE, a.handlaggare())
        .set(ARENDE.SEKRETESS, a.sekretess())
        .set(ARENDE.SEKRETESSGRUND_ID, a.sekretess() ? a.sekretessgrundId() : null)
        .set(ARENDE.REGISTRERAD, a.registrerad())
        .returning(ARENDE.ID).fetchSingle().getId();
    index.arende(tx, id, a.rubrik());
    return id;
  }

  /** Changes the case read at {@code a.version()} and raises its version; false when that is not current. */
  public boolean update(Tx tx, Arende a) {
    boolean updated = tx.dsl().update(ARENDE)
        .set(ARENDE.KLASSIFICERING, a.klassificering() == null ? null : a.klassificering().kod())
        .set(ARENDE.RUBRIK, a.rubrik())
        .set(ARENDE.STATUS, a.status().name())
        .set(ARENDE.HANDLAGGARE, a.handlaggare())
        .set(ARENDE.SEKRETESS, a.sekretess())
        .set(ARENDE.SEKRETESSGRUND_ID, a.sekretess() ? a.sekretessgrundId() : null).set(ARENDE.VERSION, a.version() + 1)
        .where(ARENDE.ID.eq(a.id())).and(ARENDE.VERSION.eq(a.version())).execute() == 1;
    if (updated) {
      index.arende(tx, a.id(), a.rubrik());
    }
    return updated;
  }

  public Optional<Arende> findById(Tx tx, long id) {
    return tx.dsl().selectFrom(ARENDE).where(ARENDE.ID.eq(id)).fetchOptional(ArendeRepository::map);
  }

  /** The cases with these ids (unknown ids are skipped), in one query. */
  public List<Arende> findByIds(Tx tx, java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return tx.dsl().selectFrom(ARENDE).where(ARENDE.ID.in(ids)).fetch(ArendeRepository::map);
  }

  public Optional<Arende> findByDiarienummer(Tx tx, Diarienummer d) {
    return tx.dsl().selectFrom(ARENDE).where(ARENDE.AR.eq(d.ar()).and(ARENDE.LOPNUMMER.eq(d.lopnummer())))
        .fetchOptional(ArendeRepository::map);
  }

  /**
   * Cases matching every word of {@code query} as {@link DiariumSokning} says, newest first (decision 0142). The
   * rows are read from the JDBC result as they come, on the transaction's connection; the first page (no words)
   * is rendered once per dialect, and a search's SQL is written by {@link Diariesokning} (literals only): these
   * queries take a few milliseconds, and jOOQ's building, rendering and records cost as much again.
   */
  public List<Arende> search(Tx tx, String query, int limit) {
    List<String> words = DiariumSokning.ord(query);
    if (words.isEmpty()) {
      String sql = forstaSidan.computeIfAbsent(tx.dsl().dialect(), d -> tx.dsl().render(
          kolumner(tx).orderBy(ARENDE.AR.desc(), ARENDE.LOPNUMMER.desc()).limit(DSL.param("limit", Integer.class))));
      return tx.dsl().connectionResult(c -> {
        try (PreparedStatement st = c.prepareStatement(sql)) {
          st.setInt(1, limit);
          try (ResultSet rs = st.executeQuery()) {
            return arenden(rs);
          }
        }
      });
    }
    return tx.dsl().connectionResult(c -> {
      String sql = SOKNING + sokning.villkor(c, words) + " ORDER BY arende.ar DESC, arende.lopnummer DESC LIMIT "
          + limit;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        return arenden(rs);
      }
    });
  }

  /** A search's query up to its condition ({@link Diariesokning} writes it), the columns {@link #arenden} reads. */
  private static final String SOKNING = "SELECT arende.id, arende.ar, arende.lopnummer, arende.klassificering, "
      + "arende.rubrik, arende.status, arende.handlaggare, arende.sekretess, arende.registrerad, "
      + "arende.sekretessgrund_id, arende.version FROM arende WHERE ";

  /** The columns {@link #arenden(ResultSet)} reads, in its order. */
  private static SelectJoinStep<?> kolumner(Tx tx) {
    return tx.dsl().select(ARENDE.ID, ARENDE.AR, ARENDE.LOPNUMMER, ARENDE.KLASSIFICERING, ARENDE.RUBRIK,
        ARENDE.STATUS, ARENDE.HANDLAGGARE, ARENDE.SEKRETESS, ARENDE.REGISTRERAD, ARENDE.SEKRETESSGRUND_ID,
        ARENDE.VERSION).from(ARENDE);
  }

  private static List<Arende> arenden(ResultSet rs) throws SQLException {
    List<Arende> out = new ArrayList<>();
    while (rs.next()) {
      String klassificering = rs.getString(4);
      out.add(new Arende(rs.getLong(1), new Diarienummer(rs.getInt(2), rs.getInt(3)),
          klassificering == null ? null : new Klassificering(klassificering), rs.getString(5),
          ArendeStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getBoolean(8),
          rs.getObject(9, LocalDate.class), rs.getObject(10, Long.class), rs.getInt(11)));
    }
    return out;
  }

  public int count(Tx tx) {
    return tx.dsl().fetchCount(ARENDE);
  }

  /** The klassificeringar in use, in code order (3.9.0.1 before 3.10). */
  public List<String> klassificeringar(Tx tx) {
    return tx.dsl().selectDistinct(ARENDE.KLASSIFICERING).from(ARENDE).where(ARENDE.KLASSIFICERING.isNotNull())
        .fetch(ARENDE.KLASSIFICERING).stream().sorted(ArendeRepository::kodordning).toList();
  }

  /** Part by part as numbers: 3.9.0.1, 3.9.0.2, 3.10. */
  private static int kodordning(String a, String b) {
    return java.util.Arrays.compare(delar(a), delar(b));
  }

  private static int[] delar(String kod) {
    return java.util.Arrays.stream(kod.split("\\.")).mapToInt(ArendeRepository::tal).toArray();
  }

  private static int tal(String del) {
    try {
      return Integer.parseInt(del);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // not a code the form lets in: last
    }
  }

  /** The handläggare named on ärenden, each once. */
  public List<String> handlaggare(Tx tx) {
    return tx.dsl().selectDistinct(ARENDE.HANDLAGGARE).from(ARENDE)
        .where(ARENDE.HANDLAGGARE.isNotNull().and(ARENDE.HANDLAGGARE.ne(""))).fetch(ARENDE.HANDLAGGARE);
  }

  static Arende map(ArendeRecord r) {
    return new Arende(r.getId(), new Diarienummer(r.getAr(), r.getLopnummer()),
        r.getKlassificering() == null ? null : new Klassificering(r.getKlassificering()), r.getRubrik(),
        ArendeStatus.valueOf(r.getStatus()), r.getHandlaggare(), r.getSekretess(), r.getRegistrerad(),
        r.getSekretessgrundId(), r.getVersion());
  }
}
