package vn.gandan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statutory holidays of Bộ luật Lao động 2019 Điều 112 for a year without an official schedule, with
 * nghỉ bù (Điều 111) for a holiday that falls on a weekend. Lunar dates come from {@link LunarCalendar}; all
 * results are proposals until an administrator loads the Prime Minister's schedule (rules.md A4, A7).
 */
final class LabourCodeHolidays {

    private LabourCodeHolidays() {
    }

    static List<CalendarDay> of(int year, LocalDate cultureDayFrom) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarCalendar.tet(year);
        days.put(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)");
        for (int i = 0; i < 4; i++) {
            days.put(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
        }
        days.put(LunarCalendar.toSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        days.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
        days.put(LocalDate.of(year, 5, 1), "Quốc tế Lao động");
        LocalDate national = LocalDate.of(year, 9, 2);
        days.put(national, "Quốc khánh");
        days.put(national.getDayOfWeek() == DayOfWeek.MONDAY ? national.plusDays(1) : national.minusDays(1),
                "Quốc khánh (ngày liền kề)");
        LocalDate culture = MonthDay.of(11, 24).atYear(year);
        if (cultureDayFrom != null && !culture.isBefore(cultureDayFrom)) {
            days.put(culture, "Ngày Văn hóa Việt Nam");
        }
        List<CalendarDay> result = new ArrayList<>();
        days.forEach((d, name) -> result.add(new CalendarDay(d, name, DayKind.HOLIDAY, true)));
        for (LocalDate d : days.keySet()) {
            if (weekend(d)) {
                LocalDate lieu = d.plusDays(1);
                while (weekend(lieu) || days.containsKey(lieu) || taken(result, lieu)) {
                    lieu = lieu.plusDays(1);
                }
                result.add(new CalendarDay(lieu, "Nghỉ bù " + days.get(d), DayKind.COMPENSATORY_DAY_OFF, true));
            }
        }
        result.sort(java.util.Comparator.comparing(CalendarDay::date));
        return result;
    }

    private static boolean taken(List<CalendarDay> days, LocalDate d) {
        return days.stream().anyMatch(c -> c.date().equals(d));
    }

    private static boolean weekend(LocalDate d) {
        return Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(d.getDayOfWeek());
    }
}
