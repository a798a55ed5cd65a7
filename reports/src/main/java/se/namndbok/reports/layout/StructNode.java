package se.namndbok.reports.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the logical structure (the tags a screen reader follows): Document, Sect, H1, P, L, LI, Table, TR,
 * TH, TD, TOC, TOCI. Text runs point at the leaf they belong to; a leaf may own runs on several pages.
 */
final class StructNode {
  final String type;
  final List<StructNode> kids = new ArrayList<>();
  /** Set on TH cells: the header applies to its column. */
  final boolean columnHeader;
  /** Set on a contents row's Link: the id of the section it points at. */
  String target;
  /** Set on a Figure: its alternative text (/Alt). */
  String alt;

  private StructNode(String type, boolean columnHeader) {
    this.type = type;
    this.columnHeader = columnHeader;
  }

  static StructNode root() {
    return new StructNode("Document", false);
  }

  StructNode add(String kidType) {
    StructNode kid = new StructNode(kidType, "TH".equals(kidType));
    kids.add(kid);
    return kid;
  }
}
