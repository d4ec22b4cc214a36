package vn.gandan.petitions;

/** How the item arrived: in person, by post, online, by phone, or forwarded by another body. */
enum Channel {
    TRUC_TIEP, BUU_CHINH, TRUC_TUYEN, DIEN_THOAI, CHUYEN_DEN
}
