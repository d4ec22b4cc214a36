package vn.gandan.petitions;

import java.time.LocalDate;

/** A reception session to log (rules.md D4): day, host and whether the host is the head, form, visitor, content, kind. */
record NewReception(Long unitId, LocalDate on, Host host, String form, Visitor visitor, String content, String kind,
                    String action, Long petitionId) {

    record Host(String name, String position, Boolean isHead) {
    }

    record Visitor(String name, String idNumber) {
    }
}
