package vn.gandan.plans;

import java.util.List;

/** A drafter submitted a plan for the leader's approval (trình ký): the leaders of the first issuer have work. */
public record PlanSubmittedForApproval(long planId, List<Long> issuerUnitIds, String title, String submittedBy) {
}
