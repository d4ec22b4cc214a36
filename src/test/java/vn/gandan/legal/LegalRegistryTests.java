package vn.gandan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;

/** The registry: demo pre-load, idempotent registration, diacritics-insensitive search, API and page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LegalRegistryTests {

    @LocalServerPort
    int port;
    @Autowired
    LegalService legal;

    @Test
    void demoRegistryHoldsTheDocumentsCitedBySeedPlans() {
        LegalDocumentView qd = legal.findByNumberSymbol("23-QĐ/TW").orElseThrow();
        assertThat(qd.docType()).isEqualTo("Quyết định");
        assertThat(qd.date()).isEqualTo(LocalDate.of(2021, 7, 30));
        assertThat(qd.issuer()).isEqualTo("Bộ Chính trị");
        assertThat(legal.search("")).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void registrationIsIdempotentByNumberSymbolAndFillsMissingFields() {
        LegalDocumentView first = legal.register(new Citation("Công văn", "777/SGDĐT-VP", null, null, null));
        LegalDocumentView again = legal.register(new Citation("Công văn", "777/sgdđt-vp ", LocalDate.of(2024, 3, 5),
                "Sở GDĐT", "về việc thử"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.numberSymbol()).isEqualTo("777/SGDĐT-VP");
        assertThat(again.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        LegalDocumentView third = legal.register(new Citation("Công văn", "777/SGDĐT-VP", LocalDate.of(2020, 1, 1),
                "Khác", "khác"));
        assertThat(third.issuer()).isEqualTo("Sở GDĐT");
        assertThat(third.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndMatchesNumbers() {
        assertThat(legal.search("chi thi 33")).extracting(LegalDocumentView::numberSymbol).contains("33/CT-TTg");
        assertThat(legal.search("DÂN VẬN CHÍNH QUYỀN")).isNotEmpty()
                .allSatisfy(d -> assertThat(vn.gandan.shared.Texts.fold(d.title() + " " + d.issuer()))
                        .contains("dan", "van", "chinh", "quyen"));
        assertThat(legal.search("23-qd/tw")).extracting(LegalDocumentView::numberSymbol).containsExactly("23-QĐ/TW");
        assertThat(legal.search("khong co van ban nay xyz")).isEmpty();
    }

    @Test
    void apiSearchNeedsSignInAndAnswersCamelCaseViews() {
        HttpResponse<String> anonymous = new ApiClient(port).get("/api/v1/legal/documents?q=x");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        ApiClient api = new ApiClient(port).as("th.phuocsang");
        HttpResponse<String> res = api.get("/api/v1/legal/documents?q=quyet%20dinh%2023");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("\"numberSymbol\":\"23-QĐ/TW\"").contains("\"docType\":\"Quyết định\"");
        assertThat(api.get("/api/v1/legal/documents/987654321").statusCode()).isEqualTo(404);
    }

    /** A list never cuts silently (issue 14): the search is paged (same-day documents in a total order, then id). */
    @Test
    void theSearchIsPagedWithALinkToTheNextPageAndBadPagingIsA400() {
        ApiClient reader = new ApiClient(port).as("th.phuocsang");
        ListPages.pagesAreTheWholeList(reader, "/api/v1/legal/documents?q=nghi", 3, 4);
        ListPages.badPagingIsA400(reader, "/api/v1/legal/documents", LegalService.MAX_RESULTS);
    }
}
