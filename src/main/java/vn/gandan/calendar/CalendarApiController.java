package vn.gandan.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.ProblemException;

/** Public reference data: days off of a year and deadline arithmetic. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar")
class CalendarApiController {

    private final WorkCalendar calendar;

    CalendarApiController(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    record DayView(LocalDate date, String name, DayKind kind, boolean proposed) {
    }

    record DueView(LocalDate due) {
    }

    @GetMapping("/holidays")
    @Operation(summary = "Ngày nghỉ lễ, nghỉ bù và ngày làm bù của một năm")
    List<DayView> holidays(@RequestParam int year) {
        if (year < 1900 || year > 2199) {
            throw ProblemException.badRequest("calendar.year.range");
        }
        return calendar.holidays(year).stream().map(d -> new DayView(d.date(), d.name(), d.kind(), d.proposed())).toList();
    }

    @GetMapping("/deadline")
    @Operation(summary = "Tính hạn: đếm từ ngày sau ngày bắt đầu, theo ngày hoặc ngày làm việc")
    DueView deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                     @RequestParam int days, @RequestParam DayType dayType,
                     @RequestParam(required = false) Long unitId) {
        return new DueView(calendar.deadline(start, days, dayType, unitId));
    }
}
