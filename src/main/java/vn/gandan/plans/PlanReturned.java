package vn.gandan.plans;

import java.util.List;

/** The leader returned a submitted or approved plan to draft with a comment saying what to change. */
public record PlanReturned(long planId, List<Long> issuerUnitIds, String title, String comment, String returnedBy,
                           String submittedBy) {
}
