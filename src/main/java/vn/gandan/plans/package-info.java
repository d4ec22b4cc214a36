/**
 * Plans (kế hoạch): yearly and school-year plans cascading down the hierarchy, joint plans and công văn,
 * their lifecycle (draft → issued → superseded / cancelled), and the register of outgoing documents that
 * numbers them (reset each 1 January for state bodies, running over the committee's term for Party bodies).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "approval", "signing", "platform", "org", "documents", "access", "legal", "calendar", "tasks"})
package vn.gandan.plans;
