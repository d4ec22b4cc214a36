package vn.gandan.meetings;

/** What a meeting is: a head–staff dialogue, the staff conference, a forum, a tiếp xúc, a Ban TTND meeting, any other. */
public enum MeetingKind {
    DOI_THOAI, HOI_NGHI_CBCCVC, DIEN_DAN, TIEP_XUC, HOP_BAN_TTND, HOP;

    /** Dialogues and forums: what DIALOGUES_HELD and the dialogue opinions count. */
    boolean dialogue() {
        return this == DOI_THOAI || this == DIEN_DAN;
    }
}
