package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 15: the shapes a number, a symbol, a place and a date are written in ({@link FieldShapes}), each as a short
 * text of our own — and the shapes that must be refused (a page's posting line, a cited document's date, a bare "có"
 * outside a dated news sentence, a library's rows when the header names the document).
 */
class HeaderFieldsSession15Tests {

    private static final String LEFT = "UỶ BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n";
    private static final String BODY = "\nKẾ HOẠCH\nTổ chức đối thoại với Nhân dân năm 2024\n\nCăn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;\n";

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static Extraction header(String numberAndDateLine) {
        return read(LEFT + numberAndDateLine + "\n" + BODY);
    }

    @Test
    void aNumericDateWithSlashesAndNoNgayUnderTheMottoIsThePlaceAndDate() {
        Extraction e = header("Số: 45/KH-UBND\tAn Bình, 5/3/2024");
        assertThat(e.issuePlace()).isEqualTo("An Bình");
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 3, 2024));
        assertThat(e.number()).isEqualTo(45);
    }

    @Test
    void aNumericDateWithDashesOrDotsAfterNgayIsRead() {
        assertThat(header("Số: 45/KH-UBND\tAn Bình, ngày 05-3-2024").issueDate()).isEqualTo(new DateParts(5, 3, 2024));
        assertThat(header("Số: 45/KH-UBND\tAn Bình, ngày 05.3.2024").issueDate()).isEqualTo(new DateParts(5, 3, 2024));
        assertThat(header("Số: 45/KH-UBND\tAn Bình, ngày 05 – 03 – 2024").issuePlace()).isEqualTo("An Bình");
    }

    @Test
    void aPlaceAndDateBrokenBeforeTheYearAreJoinedAgain() {
        Extraction e = header("Số: 45/KH-UBND\tAn Bình, ngày 05 tháng 3\n\t\tnăm 2024");
        assertThat(e.issuePlace()).isEqualTo("An Bình");
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 3, 2024));
    }

    @Test
    void aNumberCueReadByOcrOrInLowerCaseIsTheNumber() {
        for (String cue : new String[] {"S6:", "Sô:", "So :", "số:"}) {
            Extraction e = header(cue + " 45/KH-UBND\tAn Bình, ngày 05 tháng 3 năm 2024");
            assertThat(e.number()).as(cue).isEqualTo(45);
            assertThat(e.symbol()).as(cue).isEqualTo("KH-UBND");
        }
    }

    @Test
    void aBlankDayKeepsTheMonthAndYearAndABlankNumberStaysEmpty() {
        Extraction e = header("Số:      /KH-UBND\tAn Bình, ngày      tháng 3 năm 2024");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isEqualTo("KH-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(null, 3, 2024));
    }

    @Test
    void aPagePostingLineWithAWeekdayIsNoDateEvenUnderAMotto() {
        Extraction e = read("Cập nhật: Thứ Hai, 05/03/2024\n" + LEFT + "Số: 45/KH-UBND\n" + BODY);
        assertThat(e.issueDate()).isEqualTo(DateParts.BLANK);
        assertThat(e.issuePlace()).isNull();
    }

    @Test
    void aNumericPlaceDateWithoutAMottoIsNotTakenForTheHeaderDate() {
        Extraction e = read("Tin tức\nHà Nội, 05/03/2024\nNgày 12/5/2023, UBND huyện Phù Cát ban hành Kế hoạch số 45/KH-UBND về tổ chức "
                + "đối thoại năm 2023.\n");
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 5, 2023));
        assertThat(e.issuePlace()).isNull();
    }

    @Test
    void aNewsSentenceWithItsDateInWordsGivesTheDate() {
        Extraction e = read("Ngày 12 tháng 5 năm 2023, Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 05-HD/BDVTU về thực hiện quy chế dân chủ.\n");
        assertThat(e.number()).isEqualTo(5);
        assertThat(e.symbol()).isEqualTo("HD/BDVTU");
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 5, 2023));
        Extraction own = read("Vừa qua, UBND tỉnh ban hành Chỉ thị số 11/CT-UBND ngày 16 tháng 4 năm 2020 về tăng cường công tác dân vận.\n");
        assertThat(own.issueDate()).isEqualTo(new DateParts(16, 4, 2020));
    }

    @Test
    void aNewsSentenceWithVerbCoNamesTheDocumentAfterAnAdverbOrALeadDate() {
        Extraction e = read("UBND tỉnh vừa có Công văn số 1234/UBND-VX ngày 12/5/2023 gửi các sở, ngành về việc tăng cường công tác dân vận.\n");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        assertThat(e.number()).isEqualTo(1234);
        assertThat(e.symbol()).isEqualTo("UBND-VX");
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 5, 2023));
        Extraction dated = read("Ngày 05/3/2024, UBND huyện Phù Cát có Công văn số 450/UBND-VX gửi các xã về việc tổ chức đối thoại.\n");
        assertThat(dated.number()).isEqualTo(450);
        assertThat(dated.issueDate()).isEqualTo(new DateParts(5, 3, 2024));
    }

    @Test
    void aBareCoOutsideADatedNewsSentenceNamesNothing() {
        Extraction e = read("Hội nghị đối thoại\nTrong năm qua, xã có Kế hoạch số 12/KH-UBND về đối thoại và đã tổ chức 4 cuộc.\n");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isNull();
    }

    @Test
    void aLegalLibrarysMetadataRowsGiveNumberSymbolAndDateWhenNothingElseDoes() {
        Extraction e = read("Số hiệu:\t45/KH-UBND\tLoại văn bản:\tKế hoạch\nNơi ban hành:\tTỉnh Bình Định\nNgày ban hành:\t05/03/2024\n\nKẾ HOẠCH\n"
                + "Tổ chức đối thoại với Nhân dân năm 2024\n");
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("KH-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 3, 2024));
        assertThat(e.issuePlace()).isNull();
        Extraction piped = read("Số hiệu: | 03/2017/QĐ-UBND | Loại văn bản: | Quyết định |\nNgày ban hành: | 25/02/2017 | Ngày hiệu lực: | Đang cập nhật |\n");
        assertThat(piped.number()).isEqualTo(3);
        assertThat(piped.symbol()).isEqualTo("2017/QĐ-UBND");
    }

    @Test
    void aLegalLibrarysRowsNeverOutrankTheDocumentsOwnHeader() {
        Extraction e = read("Số hiệu:\t99/KH-UBND\nNgày ban hành:\t01/01/2024\n" + LEFT + "Số: 45/KH-UBND\tAn Bình, ngày 05 tháng 3 năm 2024\n" + BODY);
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 3, 2024));
    }

    @Test
    void aLegalLibrarysPageTitleGivesTheNumberAndSymbol() {
        Extraction e = read("Kế hoạch 45/KH-UBND năm 2024 tổ chức đối thoại với Nhân dân do tỉnh Bình Định ban hành\nCăn cứ Luật Thực hiện dân chủ ở cơ sở;\n");
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("KH-UBND");
    }

    @Test
    void aLineOfOnlyPlaceAndDateIsTheOwnDateNotACitedDocumentsDate() {
        Extraction e = read(LEFT + BODY + "Căn cứ Quyết định số 123/QĐ-UBND ngày 01/02/2023 của UBND huyện;\nI. MỤC ĐÍCH\n"
                + "An Bình, ngày 05 tháng 3 năm 2024\nTM. ỦY BAN NHÂN DÂN\n");
        assertThat(e.issuePlace()).isEqualTo("An Bình");
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 3, 2024));
        Extraction cited = read(LEFT + BODY + "Căn cứ Quyết định số 123/QĐ-UBND ngày 01/02/2023 của UBND huyện;\nI. MỤC ĐÍCH\n");
        assertThat(cited.issueDate()).isEqualTo(DateParts.BLANK);
    }
    @Test
    void aSymbolJoinedByAnEnDashKeepsItsLastPartAndStaysALetter() {
        Extraction e = read("UỶ BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n"
                + "Số : 4144 /GDĐT – VP\tAn Bình, ngày 25 tháng 11 năm 2018\nV/v cho học sinh nghỉ học\n\nKính gửi: Ủy ban nhân dân các quận, huyện.\n");
        assertThat(e.number()).isEqualTo(4144);
        assertThat(e.symbol()).isEqualTo("GDĐT–VP");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        assertThat(header("Số: 45/KH-UBND – Hà Nội\tAn Bình, ngày 05 tháng 3 năm 2024").symbol()).isEqualTo("KH-UBND");
    }

    @Test
    void aBlankNumberWhoseDotsRunPastTheSlashKeepsTheSymbol() {
        Extraction e = header("Số...../...KHĐĐ\tAn Bình, ngày25 tháng 8 năm 2015");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isEqualTo("KHĐĐ");
        assertThat(e.issueDate()).isEqualTo(new DateParts(25, 8, 2015));
    }

    @Test
    void aPlaceThatNamesItsLevelIsKeptWhole() {
        assertThat(header("Số: 45/KH-UBND\tThành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018").issuePlace()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(header("Số: 45/KH-UBND\tThị trấn Sịa, ngày 25 tháng 11 năm 2018").issuePlace()).isEqualTo("Thị trấn Sịa");
        assertThat(header("Số: 45/KH-UBND\tAn Bình, ngày 25 tháng 11 năm 2018").issuePlace()).isEqualTo("An Bình");
    }

    @Test
    void aRegulationAnnexedByADateInWordsTakesThatDate() {
        Extraction e = read("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nQUY ĐỊNH\nVề quy trình kiểm định chất lượng giáo dục trường mầm non\n"
                + "(Ban hành kèm theo Thông tư số: 45/2011/TT-BGDĐT\nngày 11 tháng 10  năm 2011 của Bộ trưởng Bộ Giáo dục và Đào tạo)\n"
                + "Chương I\nQUY ĐỊNH CHUNG\n");
        assertThat(e.issueDate()).isEqualTo(new DateParts(11, 10, 2011));
        assertThat(e.number()).isNull();
    }
    @Test
    void aHeaderCopiedWithItsLettersAsHtmlEntitiesGivesPlaceAndDate() {
        Extraction e = header("Số: 110/BC-MNTrX\t<em>Trịnh x&aacute;, ng&agrave;y 22 th&aacute;ng 11&nbsp; năm 2016</em>");
        assertThat(e.issuePlace()).isEqualTo("Trịnh xá");
        assertThat(e.issueDate()).isEqualTo(new DateParts(22, 11, 2016));
        assertThat(LineCleaning.raw("Ph&#7889;i h&#x1EE3;p &amp; AT&T")).isEqualTo("Phối hợp & AT&T");
    }
}
