package vn.gandan.disclosure;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.testing.SliceConfig;
import vn.gandan.web.UnitPages;

/** A web slice of the disclosure controllers: routing, JSON, RFC 9457 problems in Vietnamese, redirects; services mocked. */
@WebMvcTest(controllers = {DisclosureApiController.class, EvidenceController.class, DisclosureController.class},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = SliceConfig.EXCLUDED))
@Import(SliceConfig.class)
@WithMockUser
class DisclosureControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DisclosureService service;
    @MockitoBean
    DisclosureStore store;
    @MockitoBean
    DisclosureCompliance compliance;
    @MockitoBean
    Catalogue catalogue;
    @MockitoBean
    ComplianceHistory history;
    @MockitoBean
    UnitService units;
    @MockitoBean
    AccessService access;
    @MockitoBean
    UnitPages pages;

    private static DisclosureView view(long id, long unit) {
        return new DisclosureView(id, unit, "TT09-II-01", "Tình hình tài chính năm trước", 2, "Thu, chi tài chính",
                LocalDate.of(2026, 6, 20), List.of("WEBSITE", "NOTICE_BOARD"), "2025-2026", null, null, null,
                LocalDate.of(2027, 6, 30), null, null, null, "CURRENT", null);
    }

    @Test
    void aPublicationIsServedAsJson() throws Exception {
        when(store.get(7)).thenReturn(view(7, 3));
        mvc.perform(get("/api/v1/disclosures/7")).andExpect(status().isOk())
                .andExpect(jsonPath("$.itemCode").value("TT09-II-01")).andExpect(jsonPath("$.validUntil").value("2027-06-30"));
    }

    @Test
    void anOutOfScopePublicationAnswers404AsAProblem() throws Exception {
        when(store.get(8)).thenThrow(new NotFoundException("disclosure", 8));
        mvc.perform(get("/api/v1/disclosures/8")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badInputAnswers422NamingTheFieldInVietnamese() throws Exception {
        when(service.publish(any())).thenThrow(ProblemException.invalid("disclosure.error.invalid",
                List.of(FieldProblem.of("forms", "disclosure.error.website"))));
        mvc.perform(post("/api/v1/disclosures").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":3}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("forms"))
                .andExpect(content().string(containsString("trang thông tin điện tử của trường (G8)")));
    }

    @Test
    void evidenceOfAnotherUnitsPublicationIsNotFoundAndNothingIsStored() throws Exception {
        when(store.get(9)).thenReturn(view(9, 4));
        mvc.perform(post("/units/3/disclosures/9/evidence").with(csrf()).param("evidenceUrl", "https://x.vn/a"))
                .andExpect(status().isNotFound());
        verify(service, never()).link(anyLong(), any());
    }

    @Test
    void aLinkAsEvidenceIsSavedThenTheRegisterIsShownAtThePublication() throws Exception {
        when(store.get(9)).thenReturn(view(9, 3));
        mvc.perform(post("/units/3/disclosures/9/evidence").with(csrf()).param("evidenceUrl", "https://truong.example.vn/ck"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/units/3/disclosures#d-9"));
        verify(service).link(9, "https://truong.example.vn/ck");
    }

    @Test
    void theUnitChoiceGoesToTheCallersOwnRegister() throws Exception {
        when(pages.redirectToOwn("disclosures")).thenReturn("redirect:/units/3/disclosures");
        mvc.perform(get("/disclosures")).andExpect(redirectedUrl("/units/3/disclosures"));
    }
}
