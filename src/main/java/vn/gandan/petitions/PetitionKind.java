package vn.gandan.petitions;

/** What a citizen's item is under the law: complaint, denunciation, proposal or feedback. */
public enum PetitionKind {
    KHIEU_NAI, TO_CAO, KIEN_NGHI, PHAN_ANH;

    /** The prefix of this kind's rule codes in {@code petition_rule}. */
    String rulePrefix() {
        return switch (this) {
            case KHIEU_NAI -> "KN";
            case TO_CAO -> "TC";
            case KIEN_NGHI, PHAN_ANH -> "PA";
        };
    }
}
