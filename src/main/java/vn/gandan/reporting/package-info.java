/**
 * Periodic reports up the hierarchy: forms (outline sections and numeric indicators), deadlines per level
 * after the NĐ 09/2019 cut-off, submissions (draft → submitted → accepted / returned → resubmitted), and
 * consolidation over a unit's subtree as the tree was in the period, kept exact at commit time.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "org", "access", "calendar", "documents"})
package vn.gandan.reporting;
