package vn.gandan.emulation;

/** The four lĩnh vực a "Dân vận khéo" model falls in (exactly one). */
public enum Field {
    KINH_TE, VAN_HOA_XA_HOI, QUOC_PHONG_AN_NINH, XAY_DUNG_HE_THONG_CHINH_TRI
}
