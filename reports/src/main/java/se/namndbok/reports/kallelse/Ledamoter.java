package se.namndbok.reports.kallelse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.namndbok.reports.layout.Block;

/**
 * The first page's lists of who is called: "Ledamöter" and "Ersättare" as two separate lists (no row pairs a
 * ledamot with an ersättare: there are no personal ersättare), each in the nämnd's party order and within a party
 * in the order of their seats; a party missing from the order comes after, in the order it first appears.
 */
final class Ledamoter {
  private Ledamoter() {}

  static void lists(List<Block> blocks, List<Ledamot> members, List<String> partiordning) {
    if (members.isEmpty()) {
      return;
    }
    List<String> order = order(members, partiordning);
    list(blocks, "Ledamöter", members.stream().filter(m -> !m.ersattare()).toList(), order);
    list(blocks, "Ersättare", members.stream().filter(Ledamot::ersattare).toList(), order);
  }

  /** The parties in print order: the nämnd's order, then any other party as it first appears. */
  static List<String> order(List<Ledamot> members, List<String> partiordning) {
    List<String> order = new ArrayList<>(partiordning.stream().map(p -> p.toUpperCase(Locale.ROOT)).toList());
    for (Ledamot m : members) {
      String parti = m.parti().toUpperCase(Locale.ROOT);
      if (!order.contains(parti)) {
        order.add(parti);
      }
    }
    return order;
  }

  private static void list(List<Block> blocks, String heading, List<Ledamot> members, List<String> order) {
    if (members.isEmpty()) {
      return;
    }
    List<Ledamot> sorted = members.stream()
        .sorted(Comparator.comparingInt(m -> order.indexOf(m.parti().toUpperCase(Locale.ROOT)))).toList();
    blocks.add(new Block.Heading(2, heading));
    blocks.add(new Block.BulletList(sorted.stream().map(Ledamoter::line).toList(), Block.BulletList.Marker.NONE, 2));
  }

  /** "Annika Lindqvist (S), ordförande"; an ordinary ledamot or ersättare is named without a role. */
  static String line(Ledamot m) {
    String namn = m.parti().isBlank() ? m.namn() : m.namn() + " (" + m.parti() + ")";
    String roll = m.roll().strip();
    if (roll.isEmpty() || roll.equalsIgnoreCase("Ledamot") || roll.equalsIgnoreCase("Ersättare")) {
      return namn;
    }
    return namn + ", " + roll.substring(0, 1).toLowerCase(Locale.of("sv", "SE")) + roll.substring(1);
  }
}
