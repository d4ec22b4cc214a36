package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 19: a text whose lines a PDF's text layer wrapped at a fixed width ({@link WrappedLines}) reads the same header
 * fields as the text with the writer's own lines — and a text that is not wrapped, or a break that the width did not force,
 * is left as it is. Short texts of our own.
 */
class HeaderRewrapSession19Tests {

    /** A news item naming a plan, wrapped at 56 characters as a PDF's text layer gives it. */
    private static final String NEWS_WRAPPED = """
            Ngày 12/3/2024, Ban Thường vụ Tỉnh đoàn ban hành Kế
            hoạch số 246-KH/TĐTN về việc tổ chức giám sát của Đoàn
            TNCS Hồ Chí Minh tỉnh đối với việc triển khai thực hiện
            các chương trình phát triển thanh niên trên địa bàn tỉnh
            năm 2024. Theo đó, các cơ sở đoàn tổ chức đợt giám sát
            chuyên đề trong quý II và báo cáo kết quả về Ban Thường
            vụ Tỉnh đoàn trước ngày 30/6/2024 để tổng hợp chung.
            """;

    @Test
    void aTextWrappedAtAWidthHasItsForcedBreaksJoined() {
        String joined = WrappedLines.joined(NEWS_WRAPPED).toString();
        assertThat(joined).contains("ban hành Kế hoạch số 246-KH/TĐTN về việc tổ chức giám sát của Đoàn TNCS Hồ Chí Minh tỉnh");
        assertThat(joined.lines().count()).isLessThan(NEWS_WRAPPED.lines().count());
    }

    @Test
    void aSentenceEndIsNotJoinedToTheNextLine() {
        assertThat(WrappedLines.forced("trước ngày 30/6/2024 để tổng hợp chung, báo cáo kết quả.", "Ban Thường vụ", 56)).isFalse();
    }

    @Test
    void aLineThatTheNextWordWouldHaveFittedIsNotAForcedBreak() {
        assertThat(WrappedLines.forced("KẾ HOẠCH", "Tổ chức ngày hội đọc sách", 56)).isFalse();
        assertThat(WrappedLines.forced("Nâng cao chất lượng hoạt động của nhà trường", "năm học 2022", 70)).isFalse();
    }

    @Test
    void aNewItemIsNotJoinedToTheLineAboveIt() {
        assertThat(WrappedLines.forced("Căn cứ Kế hoạch số 12/KH-PGDĐT ngày 02/3/2022 của Phòng GD&ĐT về", "- Phổ biến", 66)).isFalse();
        assertThat(WrappedLines.forced("Căn cứ Kế hoạch số 12/KH-PGDĐT ngày 02/3/2022 của Phòng GD&ĐT về", "2. Yêu cầu", 66)).isFalse();
    }

    /** A long import's compact text is never copied whole to learn that it is not wrapped (peak heap ≤ 5 × the file). */
    @Test
    void aTextWithALineWiderThanAnyWrapIsDecidedWithoutACopyOfIt() {
        String body = "Căn cứ Kế hoạch số 12/KH-PGDĐT ngày 02/3/2022 của Phòng Giáo dục và Đào tạo về tổ chức ngày hội đọc sách\n"
                + "năm học 2022 - 2023.\n";
        CharSequence compact = new CharSequence() {
            @Override
            public int length() {
                return body.length();
            }

            @Override
            public char charAt(int i) {
                return body.charAt(i);
            }

            @Override
            public CharSequence subSequence(int from, int to) {
                return body.subSequence(from, to);
            }

            @Override
            public String toString() {
                throw new AssertionError("the whole text was copied");
            }
        };
        assertThat(WrappedLines.joined(compact)).isSameAs(compact);
    }

    @Test
    void aTextWithLongLinesOrFewForcedBreaksIsLeftAsItIs() {
        String longLines = "Căn cứ Kế hoạch số 12/KH-PGDĐT ngày 02/3/2022 của Phòng Giáo dục và Đào tạo về tổ chức ngày hội đọc sách\n"
                + "năm học 2022 - 2023.\n";
        assertThat(WrappedLines.joined(longLines)).isSameAs(longLines);
        String header = "UBND HUYỆN HÒA AN\nTRƯỜNG THCS HÒA AN\nSố: 12/KH-THCS\nHòa An, ngày 08 tháng 9 năm 2022\nKẾ HOẠCH\n";
        assertThat(WrappedLines.joined(header)).isSameAs(header);
    }

    @Test
    void theActANewsItemNamesIsReadWholeFromItsWrappedLines() {
        String unwrapped = String.join(" ", NEWS_WRAPPED.strip().split("\n"));
        Extraction plain = Extractor.extract("news.txt", unwrapped);
        Extraction wrapped = Extractor.extract("news.txt", NEWS_WRAPPED);
        assertThat(wrapped.title()).isEqualTo(plain.title()).contains("Hồ Chí Minh tỉnh");
        assertThat(wrapped.number()).isEqualTo(plain.number());
        assertThat(wrapped.issueDate()).isEqualTo(plain.issueDate());
    }

    @Test
    void aCapitalsTitleWrappedAfterAVerbGoesOnOverAKindWordLine() {
        String text = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 1528/QĐ-UBND\nBình Định, ngày 29 tháng 04 năm 2021\n\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN\n"
                + "CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI\nTRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2021 - 2025\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n";
        assertThat(Extractor.extract("qd.txt", text).title())
                .isEqualTo("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2021 - 2025");
    }

    @Test
    void aHeaderLineLaidOutInColumnsSetsNoWidthAndIsNeverJoined() {
        String columns = "UBND HUYỆN HIỆP HÒA                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
        String joined = WrappedLines.joined(columns + NEWS_WRAPPED).toString();
        assertThat(joined).startsWith(columns).contains("tổ chức giám sát của Đoàn TNCS Hồ Chí Minh tỉnh");
        assertThat(WrappedLines.forced(columns.strip(), "TRƯỜNG TH HOÀNG LƯƠNG", 56)).isFalse();
    }

    @Test
    void noBreakSpacesSeparateWordsWhenABreakIsWeighed() {
        String nbsp = "Căn cứ Kế hoạch số 12/KH-PGDĐT của Phòng Giáo dục và Đào tạo".replace(' ', '\u00a0');
        assertThat(WrappedLines.forced(nbsp, "năm\u00a0học\u00a02022", nbsp.length() + 4)).isFalse();
        assertThat(WrappedLines.forced(nbsp, "huyện\u00a0Hiệp\u00a0Hòa", nbsp.length() + 4)).isTrue();
    }
}
