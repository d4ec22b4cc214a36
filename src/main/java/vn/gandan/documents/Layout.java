package vn.gandan.documents;

import vn.gandan.org.UnitKind;

/** Layout profile of a document (rules F1): NĐ 30/2020 for state bodies and schools, HD 05 for Party bodies. */
public enum Layout {
    ND30(20, 20, 30, 15, 14), PARTY(20, 20, 30, 15, 14);

    /** Margins in millimetres (rules F6/F7) and body font size in points. */
    public final int topMm, bottomMm, leftMm, rightMm, bodyPt;

    Layout(int topMm, int bottomMm, int leftMm, int rightMm, int bodyPt) {
        this.topMm = topMm;
        this.bottomMm = bottomMm;
        this.leftMm = leftMm;
        this.rightMm = rightMm;
        this.bodyPt = bodyPt;
    }

    public static Layout forIssuer(UnitKind kind) {
        return kind != null && kind.isParty() ? PARTY : ND30;
    }
}
