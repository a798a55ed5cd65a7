package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.testing.TestStore;

/** The JSON has exactly the spec's keys, in its order, with its codes. */
class KvartalsrapportJsonTest {
  private static TestStore store;
  private static JsonNode sol;
  private static JsonNode lss;

  @BeforeAll
  static void load() throws Exception {
    store = TestStore.create();
    store.core().demo().loadStatistik();
    KvartalsrapportService service = store.core().kvartalsrapporter();
    sol = new ObjectMapper().readTree(KvartalsrapportJson.write(service.rapport(Lag.SOL, Kvartal.parse("2025Q2"))));
    lss = new ObjectMapper().readTree(KvartalsrapportJson.write(service.rapport(Lag.LSS, Kvartal.parse("2025Q2"))));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void hasTheSpecsTopLevelKeysInOrder() {
    assertThat(names(sol)).containsExactly("lag", "kvartal", "rapporteringsdatum", "rader", "omraden", "summa", "status",
        "jamforelse");
    assertThat(sol.get("lag").asText()).isEqualTo("SoL");
    assertThat(sol.get("kvartal").asText()).isEqualTo("2025Q2");
    assertThat(sol.get("rapporteringsdatum").asText()).isEqualTo("2025-06-30");
  }

  @Test
  void rowsAreasAndTotalsHaveKvinnorManSumma() {
    assertThat(sol.get("rader")).hasSize(16);
    assertThat(sol.get("rader").get(0).toString()).isEqualTo("{\"insats\":\"AO-SABO\",\"kvinnor\":31,\"man\":17,\"summa\":48}");
    assertThat(sol.get("omraden").get(0).toString()).isEqualTo("{\"omrade\":\"AO\",\"kvinnor\":39,\"man\":23,\"summa\":62}");
    assertThat(sol.get("summa").toString()).isEqualTo("{\"kvinnor\":44,\"man\":38,\"summa\":82}");
    assertThat(lss.get("omraden")).isEmpty();
    assertThat(lss.get("summa").toString()).isEqualTo("{\"kvinnor\":16,\"man\":35,\"summa\":51}");
  }

  @Test
  void statusAndComparisonAreAsInTheSpecsExample() {
    assertThat(sol.get("status").get(0).toString()).isEqualTo("{\"insats\":\"AO-SABO\",\"verkstallda\":10,"
        + "\"avslutade\":{\"AVLIDEN\":1},\"ej_verkstallda\":{\"TACKAT-NEJ\":20,\"PLATSBRIST\":17}}");
    assertThat(sol.get("jamforelse").toString()).isEqualTo("[{\"kvartal\":\"2024Q4\",\"summa\":95,\"fryst\":true},"
        + "{\"kvartal\":\"2025Q1\",\"summa\":86,\"fryst\":true},{\"kvartal\":\"2025Q2\",\"summa\":82,\"fryst\":false}]");
  }

  private static List<String> names(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
