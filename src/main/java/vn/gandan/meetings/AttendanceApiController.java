package vn.gandan.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/meetings/{id}/invitees|attendance}: invitees by name (staff, delegates, guests) and who came. */
@RestController
@RequestMapping("/api/v1/meetings/{id}")
@Tag(name = "meetings")
class AttendanceApiController {

    private final Attendance attendance;

    AttendanceApiController(Attendance attendance) {
        this.attendance = attendance;
    }

    @PostMapping("/invitees")
    @Operation(summary = "Mời theo danh sách: toàn bộ CBCCVC, người được chọn, khách mời; hội nghị đại biểu khi từ 100 người (G5)")
    MeetingView invite(@PathVariable long id, @RequestBody MeetingCommands.Invitees body) {
        return attendance.invite(id, body);
    }

    @PostMapping("/attendance")
    @Operation(summary = "Điểm danh: những người có mặt (còn lại vắng); số mời, có mặt, tỉ lệ và điều kiện hợp lệ của hội nghị")
    MeetingView attendance(@PathVariable long id, @RequestBody MeetingCommands.Attendance body) {
        return attendance.record(id, body);
    }
}
