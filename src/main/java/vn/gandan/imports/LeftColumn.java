package vn.gandan.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The left column of a two-column NĐ 30 header as an OCR or a flattened copy gives it: each line holds the left cell, then
 * the motto's cell of the same row ("UBND TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "HỌI-ĐÓNG GIÁO DỤC Độc lập -
 * Tự do - Hạnh phúc" / "QUOC PHONG VÀ AN NINH" / "Số: …"). Read as a grammar with open slots:
 * <ul>
 * <li>the motto's cells ("CỘNG HÒA …", "Độc lập - …", read on base letters so a misread mark still counts) are cut off;</li>
 * <li>what is left, top down, is a run of capital-letter cells ending at the first cell that is not in capitals (the
 * "Số:" line);</li>
 * <li>a cell opening with an organ word ("ỦY BAN", "SỞ", "HỘI ĐỒNG", "CÔNG ĐOÀN" …) starts a unit, any other cell continues
 * the unit above it ("QUOC PHONG VÀ AN NINH", "TỈNH HÀ GIANG");</li>
 * <li>two units: the first is the parent, the second the issuer; one unit: the issuer alone.</li>
 * </ul>
 * Read only where the motto stands beside the column on one of its lines; anything else gives {@link #NONE}.
 */
final class LeftColumn {

    /** The column read: the parent body (null when the column names one unit) and the issuer. */
    record Column(String parent, String issuer) {

        /** Every word of the issuer a known syllable or a capital abbreviation ("GD", "ĐT", "UBND"): no misread left in it. */
        boolean readable() {
            SyllableInventory inv = SyllableInventory.get();
            for (String w : issuer.split("[^\\p{L}]+")) {
                if (w.matches(".*\\p{Ll}\\p{Lu}.*")) {
                    return false; // "cA": a capital read as a small letter
                }
                if (!w.isEmpty() && inv.count(w.toLowerCase(java.util.Locale.ROOT)) == 0
                        && !w.matches("[A-ZĐ]{2,5}")) {
                    return false;
                }
            }
            return true;
        }
    }

    static final Column NONE = new Column(null, null);
    static final int TOP = 10;
    /** The longest unit a header column names; a longer one is a run of cells the grammar did not part. */
    static final int WORDS = 12;
    static final Pattern MOTTO = Pattern.compile(
            "C[A-Z0-9]{1,2}NG\\s*[A-Z]{0,2}O\\.?A\\s+X|\\bD[A-Z0-9]C\\s+L[A-Z]P\\b|\\bT[A-Z]\\s*DO\\s*[-–—]|^C[A-Z0-9]{1,2}NG$"
                    + "|\\b(?:H[A-Z0-9]I\\s+)?CH[A-Z]\\s+NGH[A-Z]A\\b");
    /** Where the left cell ends inside a line: the number cell ("Số:") or the subject cell ("V/v"). */
    static final Pattern NUMBER_CELL = Pattern.compile("\\bS[O0-9]\\s*[:;]|\\bSO\\s+\\d|\\bV/V\\b");
    /** A kind line ("KẾ HOẠCH", "BÁO CÁO" …): the column has ended. */
    static final Pattern KIND = Pattern.compile(
            "^(?:KE HOACH|BAO CAO|QUYET DINH|THONG BAO|QUY CHE|QUI CHE|TO TRINH|HUONG DAN|CONG VAN|CHUONG TRINH|NGHI QUYET|CHI THI)\\b");
    /** A bare organ type with no place: the column names the organ only in part. */
    private static final Pattern BARE_TYPE = Pattern.compile("^(?:UY BAN NHAN DAN|HOI DONG NHAN DAN|UBND|HDND)$");
    private static final Pattern ORGAN = Pattern.compile(
            "^(?:UBND|UY BAN|HOI DONG|SO|PHONG|TRUONG|CONG DOAN|LIEN DOAN|TONG LIEN DOAN|BO|BAN|DOAN|CHI DOAN|CHI BO|DANG BO|"
                    + "DANG UY|TINH UY|HUYEN UY|THANH UY|QUAN UY|QUOC HOI|TRUNG TAM|VAN PHONG|CUC|TONG CUC|HOI|THANH DOAN|"
                    + "TINH DOAN|HUYEN DOAN|MAT TRAN|BCH|VIEN|HOC VIEN|CHINH PHU|THANH TRA|BENH VIEN|CONG AN|TONG)\\b");
    private static final Pattern JOINER = Pattern.compile("(?:\\bVA|&|\\bCUA|-)$");

    private LeftColumn() {
    }

    /** The column of the text's first lines, or {@link #NONE}. */
    static Column read(CharSequence text) {
        String head = text.subSequence(0, TopLines.headEnd(text, TOP)).toString();
        List<String> cells = new ArrayList<>();
        boolean motto = false;
        int seen = 0;
        for (String raw : head.split("\n")) {
            String line = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\t', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            String base = base(line);
            Matcher m = MOTTO.matcher(base);
            String cell = line;
            if (m.find()) {
                motto = true;
                cell = line.substring(0, m.start());
            }
            Matcher n = NUMBER_CELL.matcher(base(cell));
            boolean numberCell = n.find();
            cell = numberCell ? cell.substring(0, n.start()) : cell;
            cell = cell.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replaceAll("(?<=\\p{L})-(?=\\p{L})", " ").replaceAll("\\s+", " ");
            if (cell.isEmpty()) {
                if (numberCell || cells.isEmpty() && seen > 2) {
                    break;
                }
                if (cells.isEmpty() && seen > 2) {
                    return NONE;
                }
                continue;
            }
            if (!capitals(cell) || KIND.matcher(base(cell)).find() || cells.isEmpty() && !organ(cell)) {
                break;
            }
            if (cells.isEmpty() && seen > 2 && !motto) {
                return NONE; // the column opens the text, beside or above the motto
            }
            cells.add(cell);
            if (numberCell) {
                break;
            }
        }
        if (!motto || cells.isEmpty() || cells.size() > 4) {
            return NONE;
        }
        List<String> units = new ArrayList<>();
        for (String c : cells) {
            boolean opens = organ(c);
            if (units.isEmpty() || opens && !JOINER.matcher(base(units.get(units.size() - 1))).find()) {
                units.add(c);
            } else {
                units.set(units.size() - 1, units.get(units.size() - 1) + " " + c);
            }
        }
        String issuer = units.get(units.size() - 1);
        if (units.size() > 2 || BARE_TYPE.matcher(base(issuer)).matches()
                || units.stream().anyMatch(u -> u.split(" ").length > WORDS)) {
            return NONE;
        }
        return units.size() == 2 ? new Column(units.get(0), units.get(1)) : new Column(null, units.get(0));
    }

    /** The issuers and parent after the column's reading, where the two agree on nothing or run together. */
    record Named(List<String> issuers, String parent) {
    }

    /**
     * The issuers and parent mended by the column where today's answer shows one of the column's broken shapes: no issuer
     * (filled only when the column reads cleanly, see {@link Column#readable()}); the parent and issuer run together as one
     * issuer; the parent taken as the issuer; the issuer taken as the parent; an issuer with no parent where the column names
     * one above it. Anything else is left as it is.
     */
    static Named mended(List<String> issuers, String parent, CharSequence text) {
        Column c = read(text);
        if (c.issuer() == null) {
            return new Named(issuers, parent);
        }
        List<String> one = List.of(c.issuer());
        if (issuers == null || issuers.isEmpty()) {
            return c.readable() ? new Named(one, parent == null ? c.parent() : parent) : new Named(issuers, parent);
        }
        if (c.parent() == null) {
            return new Named(issuers, parent);
        }
        String only = issuers.size() == 1 ? key(issuers.get(0)) : null;
        if (key(c.parent()).concat(key(c.issuer())).equals(only)
                || parent == null && key(c.parent()).equals(only)
                || parent != null && key(parent).equals(key(c.issuer()))) {
            return new Named(one, c.parent());
        }
        if (parent == null && only != null && sameWords(issuers.get(0), c.issuer())) {
            return new Named(issuers, c.parent());
        }
        return new Named(issuers, parent);
    }

    /** A name on its base letters and digits alone, so spacing, hyphens and marks do not part two readings. */
    static String key(String name) {
        return base(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("[^A-Z0-9]", "");
    }

    /** Two names sharing four in five of their words (on base letters). */
    static boolean sameWords(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(base(a).split("[^A-Z0-9]+")));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(base(b).split("[^A-Z0-9]+")));
        int nx = x.size();
        int ny = y.size();
        x.retainAll(y);
        return 2.0 * x.size() / (nx + ny) >= 0.8;
    }

    /** A cell opening with an organ word, read on base letters with a doubled misread letter as one ("CÔNG ĐOÁÀN"). */
    static boolean organ(String cell) {
        return ORGAN.matcher(base(cell).replaceAll("([A-Z])\\1+", "$1")).find();
    }

    /** A cell in capitals: at least four letters, nine in ten of them capitals. */
    static boolean capitals(String cell) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 4 && upper * 10 >= letters * 9;
    }

    /** The line on its base letters in capitals, one character for each of the line's ("Độc lập" → "DOC LAP"). */
    static String base(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char first = d.charAt(0);
            b.append(c == 'đ' || c == 'Đ' ? 'D' : Character.toUpperCase(first));
        }
        return b.toString();
    }
}
