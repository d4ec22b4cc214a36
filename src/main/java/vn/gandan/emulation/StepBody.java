package vn.gandan.emulation;

import java.util.List;

/**
 * The body of a lifecycle step ({@code on} always): a note or progress content with an evidence link; the
 * evaluation's criteria (own and standard, each met or not) and result; the award, its level and the decision; the
 * adopting unit.
 */
public record StepBody(Object on, String note, String content, String evidenceUrl, List<Check> criteria,
                       List<Check> standard, Boolean passed, String award, String level, String decision,
                       Long unitId) {

    /** One criterion of an evaluation: its text (own) or code (standard), met or not, with a comment. */
    public record Check(String text, String code, Boolean met, String comment) {
    }

    static final StepBody EMPTY = new StepBody(null, null, null, null, null, null, null, null, null, null, null);

    String text() {
        return content != null && !content.isBlank() ? content : note;
    }
}
