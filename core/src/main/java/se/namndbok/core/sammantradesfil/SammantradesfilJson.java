package se.namndbok.core.sammantradesfil;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.namndbok.core.shared.ValidationException;

/**
 * Reads and writes the meeting file: UTF-8 JSON, dates as {@code 2025-10-23}, times as {@code 08:15}, indented.
 * A file that is no JSON, or whose values have the wrong type or an unknown name, is refused with the JSON path
 * of the place ({@code punkter[3].sekretess.grund}) and what is wrong, in Swedish.
 */
final class SammantradesfilJson {
  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

  private SammantradesfilJson() {}

  static byte[] write(Sammantradesfil fil) {
    try {
      return JSON.writeValueAsBytes(fil);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Sammantradesfil read(String namn, byte[] bytes) {
    try {
      Sammantradesfil fil = JSON.readValue(new String(bytes, StandardCharsets.UTF_8), Sammantradesfil.class);
      if (fil == null) {
        throw ValidationException.of(namn, "filen är tom");
      }
      return fil;
    } catch (JsonParseException e) {
      throw ValidationException.of(namn, "filen är ingen läsbar JSON (rad " + e.getLocation().getLineNr()
          + ", tecken " + e.getLocation().getColumnNr() + ")");
    } catch (UnrecognizedPropertyException e) {
      throw ValidationException.of(path(e), "okänt fält; kända fält är " + String.join(", ",
          e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()));
    } catch (InvalidFormatException e) {
      throw ValidationException.of(path(e), "\"" + e.getValue() + "\" har fel form"
          + hint(e.getTargetType()));
    } catch (MismatchedInputException e) {
      boolean saknas = String.valueOf(e.getOriginalMessage()).startsWith("Null value for creator property");
      throw ValidationException.of(path(e), saknas ? "saknas" : "har fel typ" + hint(e.getTargetType()));
    } catch (JsonMappingException e) {
      throw ValidationException.of(path(e), "kan inte läsas: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ValidationException.of(namn, "filen kunde inte läsas: " + e.getMessage());
    }
  }

  private static String hint(Class<?> type) {
    if (type == null) {
      return "";
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "; skriv ett datum som 2025-10-23";
      case "LocalTime" -> "; skriv en tid som 08:15";
      case "int", "Integer" -> "; skriv ett heltal";
      case "String" -> "; skriv en text inom citattecken";
      case "List" -> "; skriv en lista [ … ]";
      default -> "";
    };
  }

  /** {@code punkter[3].sekretess.grund}: the JSON path of the place a mapping problem was found. */
  static String path(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        s.append(s.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.isEmpty() ? "(filen)" : s.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
