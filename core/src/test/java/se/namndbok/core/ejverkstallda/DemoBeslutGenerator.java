package se.namndbok.core.ejverkstallda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes the demo board's individual decisions (core/src/main/resources/demo/gynnande-beslut.csv) once,
 * deterministically, so that the reports computed from them reproduce §§ 73–74 of the reference kallelse for
 * 2025Q2 and its comparison figures for 2024Q4 and 2025Q1. See docs/decisions/0010.
 *
 * <p>Per insats: decisions counted only in 2024Q4 (verkställda or closed in Q4), carried from 2024Q4 into
 * 2025Q1 (resolved in Q1), only in 2025Q1, carried from 2025Q1 into 2025Q2, and new in 2025Q2; the 2025Q2
 * decisions get exactly the reference's status at 2025-06-30 and kön split. Run {@link #main} to rewrite the
 * file; a test keeps the committed file equal to what this class writes.
 */
public final class DemoBeslutGenerator {
  static final Path RESOURCE = Path.of("src/main/resources/demo/gynnande-beslut.csv");
  static final String HEADER = "id;lag;insats;kön;födelseår;beslutsdatum;avbrottsdatum;verkställighetsdatum;"
      + "avslutsdatum;avslutsorsak;skäl;erbjudanden";

  /** insats; 2024Q4 total; 2025Q1 total; 2025Q2 women; 2025Q2 men; 2025Q2 status at 2025-06-30 (V, A:orsak, E:skäl × n). */
  static final List<String> SPEC = List.of(
      "SoL;AO-SABO;35;41;31;17;V*10 A:AVLIDEN*1 E:TACKAT-NEJ*20 E:PLATSBRIST*17",
      "SoL;AO-DAG;3;8;1;5;V*1 E:HALSA*2 E:EJ-MEDVERKAN*1 E:ONSKEMAL*1 E:KOMMUNIKATION*1",
      "SoL;AO-KP;13;10;7;1;A:EGEN-BEGARAN*1 A:UTAN-VERKSTALLAN*1 E:MATCHNING*5 E:HALSA*1",
      "SoL;OF-SABO;1;2;0;1;E:PLATSBRIST*1",
      "SoL;OF-KP;9;6;0;2;E:MATCHNING*2",
      "SoL;IFO-BOST;21;11;3;9;E:PLATSBRIST*5 V*4 A:EGEN-BEGARAN*1 E:ANNAN-HUVUDMAN*1 E:TACKAT-NEJ*1",
      "SoL;IFO-KP;5;5;1;2;E:RESURSBRIST*2 V*1",
      "SoL;IFO-KF;8;3;1;1;E:PLATSBRIST*2",
      "LSS;LSS-9.2;1;1;1;0;E:MATCHNING*1",
      "LSS;LSS-9.4;26;18;5;13;E:MATCHNING*14 E:ANNAN-HUVUDMAN*1 E:EJ-MEDVERKAN*2 E:KOMMUNIKATION*1",
      "LSS;LSS-9.9;37;31;9;18;A:EGEN-BEGARAN*1 V*2 E:TACKAT-NEJ*2 E:PLATSBRIST*22",
      "LSS;LSS-9.10;7;5;1;4;E:PLATSBRIST*1 E:EJ-MEDVERKAN*1 A:UTAN-VERKSTALLAN*1 E:ONSKEMAL*1 E:ARBETSMILJO*1");

  private final Random random = new Random(20250630L);
  private final List<String> lines = new ArrayList<>();
  private int nextId = 1;

  public static void main(String[] args) throws IOException {
    Files.writeString(RESOURCE, generate(), StandardCharsets.UTF_8);
    System.out.println("wrote " + RESOURCE.toAbsolutePath());
  }

  static String generate() {
    DemoBeslutGenerator g = new DemoBeslutGenerator();
    SPEC.forEach(g::insats);
    g.uttaget();
    return HEADER + "\n" + String.join("\n", g.lines) + "\n";
  }

  private void insats(String spec) {
    String[] f = spec.split(";");
    String lag = f[0];
    String insats = f[1];
    int q4 = Integer.parseInt(f[2]);
    int q1 = Integer.parseInt(f[3]);
    List<String> q2 = expand(f[6]);
    List<String> kon = kon(Integer.parseInt(f[4]), Integer.parseInt(f[5]));
    String skal = q2.stream().filter(s -> s.startsWith("E:")).map(s -> s.substring(2)).findFirst().orElse("PLATSBRIST");
    int carry12 = Math.min(q1, q2.size() / 2);
    int carry41 = Math.min(q4, (q1 - carry12) / 2);
    for (int i = 0; i < q4 - carry41; i++) {
      resolved(lag, insats, LocalDate.of(2024, 7, 2), 75, LocalDate.of(2024, 12, 31), skal, i);
    }
    for (int i = 0; i < carry41; i++) {
      LocalDate beslut = LocalDate.of(2024, 7, 2).plusDays(random.nextInt(80));
      emit(lag, insats, randomKon(), beslut, null, LocalDate.of(2025, 1, 2).plusDays(random.nextInt(80)), null, null, skal);
    }
    for (int i = 0; i < q1 - carry12 - carry41; i++) {
      resolved(lag, insats, LocalDate.of(2024, 10, 2), 70, LocalDate.of(2025, 3, 31), skal, i);
    }
    for (int i = 0; i < q2.size(); i++) {
      boolean carried = i < carry12;
      LocalDate beslut = carried ? LocalDate.of(2024, 10, 2).plusDays(random.nextInt(75))
          : LocalDate.of(2025, 1, 2).plusDays(random.nextInt(75));
      q2(lag, insats, kon.get(i), beslut, q2.get(i), skal, !carried && i % 7 == 6);
    }
  }

  /**
   * The file is the case system's extract of {@value #UTTAGET}, just after the quarter: its last days hold new
   * decisions verkställda in time, counted in no report, and the data reach past 2025-06-30 as a file taken out
   * for the 2025Q2 report does (the statistics area warns when they end before the quarter does).
   */
  private void uttaget() {
    LocalDate dag = LocalDate.parse(UTTAGET);
    emit("SoL", "AO-KP", randomKon(), dag.minusDays(2), null, dag.minusDays(1), null, null, null);
    emit("SoL", "IFO-KP", randomKon(), dag.minusDays(2), null, dag, null, null, null);
    emit("LSS", "LSS-9.4", randomKon(), dag.minusDays(1), null, dag, null, null, null);
  }

  static final String UTTAGET = "2025-07-03";

  /** A decision late but resolved (verkställt, every fifth closed on request) after its frist and by {@code last}. */
  private void resolved(String lag, String insats, LocalDate from, int span, LocalDate last, String skal, int i) {
    LocalDate beslut = from.plusDays(random.nextInt(span));
    LocalDate frist = beslut.plusMonths(3);
    LocalDate done = frist.plusDays(1 + random.nextInt((int) (last.toEpochDay() - frist.toEpochDay())));
    if (i % 5 == 4) {
      emit(lag, insats, randomKon(), beslut, null, null, done, "EGEN-BEGARAN", skal);
    } else {
      emit(lag, insats, randomKon(), beslut, null, done, null, null, skal);
    }
  }

  /** A decision in the 2025Q2 report with the reference's status at 2025-06-30. */
  private void q2(String lag, String insats, String kon, LocalDate beslut, String status, String skal, boolean avbrott) {
    LocalDate q2Start = LocalDate.of(2025, 4, 1);
    LocalDate start = beslut;
    LocalDate avbrottsdatum = null;
    LocalDate tidigtBeslut = beslut;
    if (avbrott) {
      avbrottsdatum = beslut;
      tidigtBeslut = beslut.minusMonths(8 + random.nextInt(12));
    }
    LocalDate frist = start.plusMonths(3);
    LocalDate after = (frist.isBefore(q2Start) ? q2Start : frist.plusDays(1));
    LocalDate done = after.plusDays(random.nextInt((int) (LocalDate.of(2025, 6, 30).toEpochDay() - after.toEpochDay()) + 1));
    if (status.equals("V")) {
      emit(lag, insats, kon, tidigtBeslut, avbrottsdatum, done, null, null, skal);
    } else if (status.startsWith("A:")) {
      emit(lag, insats, kon, tidigtBeslut, avbrottsdatum, null, done, status.substring(2), skal);
    } else if (status.equals("E:TACKAT-NEJ")) {
      emit(lag, insats, kon, tidigtBeslut, avbrottsdatum, null, null, null, status.substring(2), erbjudanden(start));
    } else {
      emit(lag, insats, kon, tidigtBeslut, avbrottsdatum, null, null, null, status.substring(2));
    }
  }

  /** The offers a decision declined: two months after its start, and two weeks after the frist (by 30 June). */
  private static String erbjudanden(LocalDate start) {
    LocalDate forsta = start.plusMonths(2);
    LocalDate andra = start.plusMonths(3).plusDays(14);
    return andra.isAfter(LocalDate.of(2025, 6, 30)) ? forsta.toString() : forsta + " " + andra;
  }

  private void emit(String lag, String insats, String kon, LocalDate beslut, LocalDate avbrott, LocalDate verk,
      LocalDate avslut, String orsak, String skal) {
    emit(lag, insats, kon, beslut, avbrott, verk, avslut, orsak, skal, null);
  }

  private void emit(String lag, String insats, String kon, LocalDate beslut, LocalDate avbrott, LocalDate verk,
      LocalDate avslut, String orsak, String skal, String erbjudanden) {
    lines.add(String.join(";", "DEMO-%04d".formatted(nextId++), lag, insats, kon, String.valueOf(fodelsear(insats)),
        beslut.toString(), text(avbrott), text(verk), text(avslut), text(orsak), text(skal), text(erbjudanden)));
  }

  private int fodelsear(String insats) {
    return insats.startsWith("AO-") ? 1925 + random.nextInt(20) : 1950 + random.nextInt(50);
  }

  private String randomKon() {
    return random.nextBoolean() ? "K" : "M";
  }

  private List<String> kon(int kvinnor, int man) {
    List<String> k = new ArrayList<>(Collections.nCopies(kvinnor, "K"));
    k.addAll(Collections.nCopies(man, "M"));
    Collections.shuffle(k, random);
    return k;
  }

  private static List<String> expand(String statuses) {
    List<String> result = new ArrayList<>();
    for (String s : statuses.split(" ")) {
      String[] p = s.split("\\*");
      result.addAll(Collections.nCopies(Integer.parseInt(p[1]), p[0]));
    }
    return result;
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
