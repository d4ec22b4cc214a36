package vn.gandan.meetings;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.testing.SliceConfig;

/** A web slice of the meetings API controllers: JSON in and out, rule refusals as RFC 9457 problems; services mocked. */
@WebMvcTest(controllers = {MeetingApiController.class, DecisionApiController.class, AttendanceApiController.class,
        BoardApiController.class}, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = SliceConfig.EXCLUDED))
@Import(SliceConfig.class)
@WithMockUser
class MeetingControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MeetingService meetings;
    @MockitoBean
    MeetingStore store;
    @MockitoBean
    Minutes minutes;
    @MockitoBean
    Compliance compliance;
    @MockitoBean
    Conferences conferences;
    @MockitoBean
    Attendance attendance;
    @MockitoBean
    InspectionBoards boards;
    @MockitoBean
    AccessService access;

    static MeetingView meeting(long id) {
        return new MeetingView(id, 3, MeetingKind.HOI_NGHI_CBCCVC, "Hội nghị viên chức", LocalDate.of(2026, 9, 20), "07:30",
                null, null, "SCHEDULED", false, 40, 30, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), null, false, 75, true);
    }

    @Test
    void aMeetingIsServedWithTurnoutAndQuorum() throws Exception {
        when(meetings.get(5)).thenReturn(meeting(5));
        mvc.perform(get("/api/v1/meetings/5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.turnout").value(75)).andExpect(jsonPath("$.quorumMet").value(true))
                .andExpect(jsonPath("$.kind").value("HOI_NGHI_CBCCVC"));
    }

    @Test
    void anOutOfScopeMeetingAnswers404AsAProblem() throws Exception {
        when(meetings.get(6)).thenThrow(new NotFoundException("meeting", 6));
        mvc.perform(get("/api/v1/meetings/6")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void approvalWithoutConsultationIsRefusedNamingTheRule_G4() throws Exception {
        doThrow(ProblemException.invalid("meetings.error.rule", List.of(FieldProblem.of("consultation", "meetings.rule.G4")), "G4"))
                .when(conferences).approve(eq(5L), eq(7L), any());
        mvc.perform(post("/api/v1/meetings/5/items/7/approve").with(csrf())).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("consultation"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("(G4)")));
    }

    @Test
    void attendanceIsPassedOnAsTheIdsOfThoseWhoCame() throws Exception {
        when(attendance.record(eq(5L), any())).thenReturn(meeting(5));
        mvc.perform(post("/api/v1/meetings/5/attendance").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"present\":[11,12]}")).andExpect(status().isOk()).andExpect(jsonPath("$.present").value(30));
        verify(attendance).record(5L, new MeetingCommands.Attendance(List.of(11L, 12L)));
    }

    @Test
    void aForbiddenChangeAnswers403() throws Exception {
        when(meetings.cancel(anyLong())).thenThrow(ProblemException.forbidden("meetings.error.roleMissing"));
        mvc.perform(post("/api/v1/meetings/5/cancel").with(csrf())).andExpect(status().isForbidden());
    }
}
