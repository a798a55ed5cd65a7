package se.namndbok.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportFileTest {
  private static final List<String> REQUIRED = List.of("avsandare", "amne");
  private static final List<String> OPTIONAL = List.of("paragraf");

  @Test
  void readsSemicolonUtf8WithBomAndKeepsPhysicalLineNumbers() {
    String text = "\uFEFFAvsandare;Amne\r\nRegion Norrbotten;Överenskommelse\r\n\r\n\"Kommunstyrelsen\";\"Två\nrader\"\r\nIVO;Tillsyn\r\n";
    CsvImportFile f = CsvImportFile.read("m.csv", text.getBytes(StandardCharsets.UTF_8), REQUIRED, OPTIONAL);

    assertThat(f.delimiter()).isEqualTo(';');
    assertThat(f.rows()).extracting(CsvImportFile.Row::line).containsExactly(2, 4, 6);
    assertThat(f.rows().getFirst().get("amne")).isEqualTo("Överenskommelse");
    assertThat(f.rows().get(1).get("amne")).isEqualTo("Två\nrader");
    assertThat(f.rows().getFirst().get("paragraf")).isNull();
  }

  @Test
  void aRowOfEmptyCellsAsExcelSavesAnEmptyLineIsSkippedLikeABlankLine() {
    String text = "avsandare;amne;paragraf\r\nIVO;Tillsyn;\r\n;;\r\n ; ;\r\nKS;Budget;§ 5\r\n;;\r\n";
    CsvImportFile f = CsvImportFile.read("m.csv", text.getBytes(StandardCharsets.UTF_8), REQUIRED, OPTIONAL);

    assertThat(f.rows()).extracting(CsvImportFile.Row::line).containsExactly(2, 5);
  }

  @Test
  void readsWindows1252WithCommas() {
    byte[] bytes = "avsandare,amne,paragraf\nLuleå kommun,\"Åtgärd, ärende\",§ 12\n".getBytes(Charset.forName("windows-1252"));
    CsvImportFile f = CsvImportFile.read("m.csv", bytes, REQUIRED, OPTIONAL);

    assertThat(f.delimiter()).isEqualTo(',');
    assertThat(f.charset().name()).isEqualTo("windows-1252");
    assertThat(f.rows().getFirst().cells()).containsEntry("avsandare", "Luleå kommun")
        .containsEntry("amne", "Åtgärd, ärende").containsEntry("paragraf", "§ 12");
  }

  @Test
  void refusesMissingAndUnknownColumnsNamingThem() {
    byte[] bytes = "avsandare;rubrik\nx;y\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CsvImportFile.read("m.csv", bytes, REQUIRED, OPTIONAL))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("m.csv, rad 1, kolumn rubrik: okänd kolumn")
        .hasMessageContaining("m.csv, rad 1, kolumn amne: kolumnen saknas i rubrikraden");
  }

  @Test
  void refusesRowsWithTheWrongNumberOfFieldsListingEach() {
    byte[] bytes = "avsandare;amne\na;b\nc\nd;e;f\n".getBytes(StandardCharsets.UTF_8);
    ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
        () -> CsvImportFile.read("m.csv", bytes, REQUIRED, OPTIONAL));
    assertThat(e.importErrors()).extracting(ImportError::line).containsExactly(3, 4);
    assertThat(e.getMessage()).contains("m.csv, rad 3: raden har 1 fält men rubrikraden har 2");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> CsvImportFile.read("tom.csv", new byte[0], REQUIRED, OPTIONAL))
        .hasMessage("tom.csv: filen är tom");
  }
}
