package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24: the chrome of a school / education-office portal template around a post ({@link ShapeNormaliser}): the
 * reading tools "A- A A+ |" with the banner, menus and breadcrumb above them, a post stamp with a numbered weekday
 * ("Thứ 5, 08/01/2015 | 05:08"), the action buttons ("Đọc bài Lưu"), the rating widget, and a menu's category ("Thông báo -
 * Kế hoạch") read as the kind line ahead of the page's own "KẾ HOẠCH". Each told apart by its form, next to look-alikes that stay.
 */
class PortalChromeSession24Tests {

    private static final String PLAN = "KẾ HOẠCH\nTổ chức ngày hội đọc sách năm học 2022 - 2023\n"
            + "I. Mục đích, yêu cầu:\nCăn cứ tình hình thực tế, trường Tiểu học Hòa An xây dựng kế hoạch như sau:\n"
            + "1. Nâng cao chất lượng hoạt động thư viện của nhà trường.\n";

    private static Extraction read(String text) {
        return Extractor.extract("portal.txt", text);
    }

    @Test
    void theTemplateAboveTheReadingToolsIsDropped() {
        String page = "Tin tức\nThông báo - Kế hoạch\nSự kiện nổi bật\nĐăng nhập\nUỷ ban nhân dân huyện Hòa An\nTrường Tiểu học Hòa An\n"
                + "Trang chủ\nTin tức\nThứ 4, 23/12/2020 | 09:31\nA- A A+ |\n" + PLAN;
        assertThat(ShapeNormaliser.withoutTemplate(page).toString()).isEqualTo(PLAN);
        Extraction e = read(page);
        assertThat(e.docKind()).isEqualTo(read(PLAN).docKind()).isNotNull();
        assertThat(e.title()).isEqualTo("Tổ chức ngày hội đọc sách năm học 2022 - 2023");
    }

    @Test
    void readingToolsWithTheContrastLinksOnTheirLine() {
        String page = "Thống kê\nHôm nay : 12\nA- A A+ | Tăng tương phản Giảm tương phản\n" + PLAN;
        assertThat(ShapeNormaliser.withoutTemplate(page).toString()).isEqualTo(PLAN);
    }

    @Test
    void aTextWithoutReadingToolsOrRatingIsTheSameObject() {
        String text = "Kế hoạch A- phân loại học sinh\n" + PLAN;
        assertThat(ShapeNormaliser.withoutTemplate(text)).isSameAs(text);
    }

    @Test
    void theRatingWidgetIsDroppedAnywhereButASentenceOnRatingStays() {
        String page = PLAN + "Tổng số điểm của bài viết là: 0 trong 0 đánh giá\nClick để đánh giá bài viết\n"
                + "Tổng số điểm thi đua của lớp là 45 điểm.\n";
        assertThat(ShapeNormaliser.withoutTemplate(page).toString()).isEqualTo(PLAN + "Tổng số điểm thi đua của lớp là 45 điểm.\n");
    }

    @Test
    void theActionButtonsAndANumberedWeekdayStampAreChrome() {
        assertThat(ShapeNormaliser.chrome("Đọc bài Lưu")).isTrue();
        assertThat(ShapeNormaliser.chrome("Tập tin đính kèm")).isTrue();
        assertThat(ShapeNormaliser.chrome("Thứ 5, 08/01/2015 | 05:08")).isTrue();
        assertThat(ShapeNormaliser.chrome("Thursday, 05/12/2024 - 19:27|")).isTrue();
        assertThat(ShapeNormaliser.chrome("Đọc bài viết hay, lưu giữ kỷ niệm đẹp")).isFalse();
        assertThat(ShapeNormaliser.chrome("Xem xét kết quả học tập")).isFalse();
    }

    @Test
    void aMenuCategoryIsNoKindLineWhenThePagesOwnKindLineFollows() {
        String page = "Thông báo - Kế hoạch\nSự kiện nổi bật\nHoạt động chuyên môn\nThi đua, khen thưởng\n" + PLAN;
        assertThat(ShapeNormaliser.withoutMenuKinds(page).toString()).doesNotContain("Thông báo - Kế hoạch");
        Extraction e = read(page);
        assertThat(e.docKind()).isEqualTo(read(PLAN).docKind());
        assertThat(e.title()).isEqualTo("Tổ chức ngày hội đọc sách năm học 2022 - 2023");
    }

    @Test
    void aMenuCategoryWithoutAnOwnKindLineAfterItStays() {
        String text = "Văn bản - Công văn\nCác trường tải công văn tại đây.\n";
        assertThat(ShapeNormaliser.withoutMenuKinds(text)).isSameAs(text);
    }

    @Test
    void aRealTitleLineHoldingAKindWordStays() {
        String text = "Kế hoạch - Thông báo tuyển sinh lớp 6 năm học 2023 - 2024\nKẾ HOẠCH\nTuyển sinh lớp 6 năm học 2023 - 2024\n";
        assertThat(ShapeNormaliser.withoutMenuKinds(text)).isSameAs(text);
        String title = "THÔNG BÁO\nKế hoạch tổ chức kiểm tra cuối học kỳ I\n";
        assertThat(ShapeNormaliser.withoutMenuKinds(title)).isSameAs(title);
    }
}
