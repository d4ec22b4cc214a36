/**
 * Periodic reports up the hierarchy: forms (outline sections and numeric indicators), reporting regimes
 * (who reports which form to whom, how often, cut-off and deadline per level after NĐ 09/2019, created or
 * linked when a plan is issued), submissions (draft → submitted → accepted / returned → resubmitted), and
 * consolidation over a unit's subtree as the tree was in the period, kept exact at commit time.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "approval", "signing", "platform", "org", "access", "calendar", "documents", "plans"})
package vn.gandan.reporting;
