package vn.gandan.emulation;

import java.time.LocalDate;

/** An emulation movement launched by a unit for its subtree, with its theme from the ⚙ catalogue. */
public record MovementView(long id, long unitId, String unitName, String theme, String themeName, String name,
                           LocalDate startsOn, LocalDate endsOn, LocalDate proposalsDue, String description) {
}
