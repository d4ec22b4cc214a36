package vn.gandan.plans;

import java.util.List;

/** The leader approved a submitted plan: the clerk (văn thư) may register its number and issue it. */
public record PlanApproved(long planId, List<Long> issuerUnitIds, String title, String approvedBy, String submittedBy) {
}
