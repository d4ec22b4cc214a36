package vn.gandan.supervision;

/** The year a supervisor asks for: four digits, within ten years of this one. */
final class SupervisionYear {

    private SupervisionYear() {
    }

    /** The year, {@code thisYear} when blank, or null when the text is not an acceptable year. */
    static Integer parse(String text, int thisYear) {
        if (text == null || text.isBlank()) {
            return thisYear;
        }
        String t = text.trim();
        if (!t.matches("\\d{4}")) {
            return null;
        }
        int y = Integer.parseInt(t);
        return Math.abs(y - thisYear) <= 10 ? y : null;
    }
}
