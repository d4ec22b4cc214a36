/**
 * One approval mechanism for every official document (plans, công văn, thông báo, consolidated reports…): the
 * specialist submits a draft (trình ký), the unit's leader approves, returns it with a comment, or signs; the clerk
 * (văn thư: a specialist of the unit) then registers the number and issues it. The owning module keeps its document
 * and calls {@link vn.gandan.approval.ApprovalService} for each step: the rules ({@link vn.gandan.approval.ApprovalStage}),
 * who may act, the trail, the audit and the past-tense events that notices listen to live here once.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "access"})
package vn.gandan.approval;
