package vn.gandan.org;

/** How two units relate outside the tree. */
public enum RelationKind {
    /** Coordination (phối hợp), e.g. a joint plan of a Ban Dân vận and a Phòng GDĐT. */
    PHOI_HOP,
    /** Professional guidance (hướng dẫn chuyên môn), e.g. Sở GDĐT over a commune's schools. */
    HUONG_DAN_CHUYEN_MON
}
