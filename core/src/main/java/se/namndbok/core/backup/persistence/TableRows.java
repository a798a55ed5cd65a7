package se.namndbok.core.backup.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import se.namndbok.core.shared.Granser;
import se.namndbok.core.shared.SafeText;

/**
 * Reads one table file of a backup row by row and checks every value before it can reach the store: known
 * columns, the right number of values, values of the column's type and length, dates within 1900–2100, no
 * control characters and no personnummer in any text. A problem is a {@link Refused} naming table, row and
 * column.
 */
public final class TableRows implements AutoCloseable {
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(2_000_000).maxNestingDepth(8).build())
      .build();
  /** Columns that hold ids: letters, digits and - _ . / only. */
  private static final Set<String> ID_COLUMNS = Set.of("gynnande_beslut.referens");
  private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

  private final Table<?> table;
  private final JsonParser json;
  private final List<Field<?>> columns = new ArrayList<>();
  private long row;

  /** Opens {@code in} (not closed here) as the file of {@code tableName}; reads and checks its header. */
  public TableRows(String tableName, InputStream in) {
    this.table = TableDump.table(tableName);
    try {
      this.json = JSON.createParser(in);
      json.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      expect(JsonToken.START_OBJECT);
      expectField("fields");
      readFields();
      requireEveryNeededColumn();
      expectField("records");
      expect(JsonToken.START_ARRAY);
    } catch (IOException e) {
      throw new Refused("är ingen läsbar tabellfil (" + firstLine(e) + ")");
    }
  }

  public List<String> columns() {
    return columns.stream().map(Field::getName).toList();
  }

  /** The next row's values in the order of {@link #columns()}, each of its column's type; null at the end. */
  public Object[] next() {
    try {
      JsonToken t = json.nextToken();
      if (t == JsonToken.END_ARRAY) {
        expect(JsonToken.END_OBJECT);
        if (json.nextToken() != null) {
          throw new Refused("har något efter tabellens sista rad");
        }
        return null;
      }
      if (t != JsonToken.START_ARRAY) {
        throw new Refused("post " + (row + 1) + " är ingen rad");
      }
      row++;
      return values();
    } catch (IOException e) {
      throw new Refused("är ingen läsbar tabellfil vid post " + (row + 1) + " (" + firstLine(e) + ")");
    }
  }

  /** Rows read so far. */
  public long rows() {
    return row;
  }

  private Object[] values() throws IOException {
    List<Object> raw = new ArrayList<>();
    for (JsonToken t; (t = json.nextToken()) != JsonToken.END_ARRAY; ) {
      if (t == null || t.isStructStart()) {
        throw new Refused("post " + row + " har ett värde som inte är ett enkelt värde");
      }
      raw.add(scalar(t));
    }
    if (raw.size() != columns.size()) {
      throw new Refused("post " + row + " har " + raw.size() + " värden men tabellen har " + columns.size()
          + " kolumner");
    }
    Object[] values = new Object[raw.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = checked(columns.get(i), raw.get(i));
    }
    return values;
  }

  private Object scalar(JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NUMBER_INT -> json.getBigIntegerValue();
      case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
      default -> json.getText();
    };
  }

  private Object checked(Field<?> column, Object raw) {
    String where = "post " + row + ", kolumnen " + column.getName();
    DataType<?> type = column.getDataType();
    if (raw == null) {
      if (!type.nullable()) {
        throw new Refused(where + " saknar värde men måste ha ett");
      }
      return null;
    }
    Object value = converted(type, raw, where);
    if (value instanceof String s) {
      text(column, s, where);
    } else if (value instanceof LocalDate d) {
      date(d, where);
    } else if (value instanceof LocalDateTime dt) {
      date(dt.toLocalDate(), where);
    }
    return value;
  }

  private static Object converted(DataType<?> type, Object raw, String where) {
    Class<?> java = type.getType();
    try {
      if (raw instanceof String s && java == LocalDate.class) {
        return LocalDate.parse(s);
      }
      if (raw instanceof String s && java == LocalDateTime.class) {
        return LocalDateTime.parse(s);
      }
      if (raw instanceof String s && java == OffsetDateTime.class) {
        return OffsetDateTime.parse(s);
      }
      if (raw instanceof String s && java == LocalTime.class) {
        return LocalTime.parse(s);
      }
      if (java == String.class && !(raw instanceof String)) {
        throw new IllegalArgumentException("a text column");
      }
      Object value = type.convert(raw);
      if (value == null) {
        throw new IllegalArgumentException("not convertible");
      }
      return value;
    } catch (RuntimeException e) {
      throw new Refused(where + " har värdet \"" + shortened(String.valueOf(raw)) + "\", som inte är av kolumnens typ ("
          + type.getTypeName() + ")");
    }
  }

  private void text(Field<?> column, String s, String where) {
    int max = column.getDataType().length();
    if (max > 0 && s.length() > max) {
      throw new Refused(where + " har " + s.length() + " tecken; högst " + max + " får plats");
    }
    if (column.getName().endsWith("sha256")) { // a checksum's digits could look like a personnummer
      if (!SHA256.matcher(s).matches()) {
        throw new Refused(where + " har värdet \"" + shortened(s) + "\", som inte är en SHA-256-kontrollsumma");
      }
      return;
    }
    String qualified = table.getName() + "." + column.getName();
    String problem = SafeText.problem(s, ID_COLUMNS.contains(qualified) ? SafeText.Slag.ID : SafeText.Slag.FLERA_RADER);
    if (problem != null) {
      throw new Refused(where + " " + problem);
    }
  }

  private static void date(LocalDate d, String where) {
    if (d.isBefore(Granser.FORSTA_DATUM) || d.isAfter(Granser.SISTA_DATUM)) {
      throw new Refused(where + " har datumet " + d + ", utanför åren " + Granser.FORSTA_DATUM.getYear() + "–"
          + Granser.SISTA_DATUM.getYear());
    }
  }

  private void readFields() throws IOException {
    expect(JsonToken.START_ARRAY);
    for (JsonToken t; (t = json.nextToken()) != JsonToken.END_ARRAY; ) {
      if (t != JsonToken.START_OBJECT) {
        throw new Refused("har en felaktig kolumnlista");
      }
      String name = null;
      for (JsonToken f; (f = json.nextToken()) != JsonToken.END_OBJECT; ) {
        if (f != JsonToken.FIELD_NAME) {
          throw new Refused("har en felaktig kolumnlista");
        }
        String key = json.currentName();
        json.nextToken();
        if (key.equals("name")) {
          name = json.getText();
        }
      }
      Field<?> field = name == null ? null : table.field(name);
      if (field == null) {
        throw new Refused("har en okänd kolumn " + (name == null ? "utan namn" : "\"" + shortened(name) + "\"")
            + "; den här versionen av Nämndbok har ingen sådan");
      }
      if (columns.contains(field)) {
        throw new Refused("har kolumnen " + name + " två gånger");
      }
      columns.add(field);
    }
  }

  /** A backup of this schema version has every column: one missing would silently restore as empty. */
  private void requireEveryNeededColumn() {
    for (Field<?> f : table.fields()) {
      if (!columns.contains(f)) {
        throw new Refused("saknar kolumnen " + f.getName());
      }
    }
  }

  private void expectField(String name) throws IOException {
    if (json.nextToken() != JsonToken.FIELD_NAME || !name.equals(json.currentName())) {
      throw new Refused("saknar \"" + name + "\" där den ska stå");
    }
  }

  private void expect(JsonToken token) throws IOException {
    if (json.nextToken() != token) {
      throw new Refused("är ingen tabellfil i säkerhetskopians format");
    }
  }

  private static String shortened(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return shortened(nl < 0 ? m : m.substring(0, nl));
  }

  @Override
  public void close() {
    try {
      json.close();
    } catch (IOException ignored) {
      // the stream under it belongs to the caller
    }
  }

  /** A table file that must not be restored; the message follows "tabellen X". */
  public static final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }
}
