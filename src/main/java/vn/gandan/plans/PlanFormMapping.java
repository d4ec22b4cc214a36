package vn.gandan.plans;

import java.util.ArrayList;
import java.util.List;
import vn.gandan.plans.PlanFormRows.DeadlineRow;
import vn.gandan.plans.PlanFormRows.ItemRow;
import vn.gandan.plans.PlanFormRows.SectionRow;
import vn.gandan.plans.PlanFormRows.SignerRow;
import vn.gandan.plans.PlanFormRows.TaskRow;

/** The plan editor's form from a plan ({@link #from}) and to the command that saves it ({@link #toCommand}). */
final class PlanFormMapping {

    private PlanFormMapping() {
    }

    static PlanForm from(PlanView p) {
        PlanForm f = new PlanForm();
        f.setKind(p.kind().name());
        f.setIssuerUnitId(p.issuerUnitIds().get(0));
        f.setCoIssuerUnitIds(new ArrayList<>(p.issuerUnitIds().subList(1, p.issuerUnitIds().size())));
        f.setTitle(p.title());
        f.setPeriodKind(p.period().kind());
        f.setPeriodValue(p.period().value());
        f.setPlace(p.place());
        List<String> cits = new ArrayList<>();
        for (PlanContent.BaseRef b : p.baseRefs()) {
            if (b.planId() != null) f.getBasePlanIds().add(b.planId());
            else if (b.citation() != null) cits.add(b.citation());
        }
        f.setCitations(String.join("\n", cits));
        p.sections().forEach(s -> f.getSections().add(section(s)));
        p.tasks().forEach(t -> f.getTasks().add(task(t)));
        p.reportDeadlines().forEach(d -> f.getDeadlines().add(deadline(d)));
        f.setRecipients(String.join("\n", p.recipients()));
        p.signers().forEach(s -> f.getSigners().add(signer(s)));
        f.setFootnotes(String.join("\n", p.footnotes()));
        return f;
    }

    private static SectionRow section(PlanContent.Section s) {
        SectionRow r = new SectionRow();
        r.setHeading(s.heading());
        r.setBody(s.body());
        for (PlanContent.Item i : s.items()) {
            ItemRow ir = new ItemRow();
            ir.setHeading(i.heading());
            ir.setBody(i.body());
            ir.setSubItems(String.join("\n", i.subItems()));
            r.getItems().add(ir);
        }
        return r;
    }

    private static TaskRow task(PlanView.TaskView t) {
        TaskRow r = new TaskRow();
        r.setTitle(t.title());
        r.setLeadUnitId(t.leadUnitId());
        r.setAssigneeUnitIds(new ArrayList<>(t.assigneeUnitIds()));
        r.setDue(t.due());
        r.setRecurrence(t.recurrence());
        r.setDerivedFromTaskId(t.derivedFromTaskId());
        return r;
    }

    private static DeadlineRow deadline(PlanContent.ReportDeadline d) {
        DeadlineRow r = new DeadlineRow();
        r.setPeriod(d.period());
        r.setDue(d.due());
        r.setRecipient(d.recipient());
        r.setChannel(d.channel());
        r.setCoReceiverUnitIds(d.coReceiverUnitIds());
        return r;
    }

    private static SignerRow signer(PlanContent.Signer s) {
        SignerRow r = new SignerRow();
        r.setOnBehalf(s.onBehalf());
        r.setTitle(s.title());
        r.setName(s.name());
        return r;
    }

    static PlanCommand toCommand(PlanForm f) {
        PlanKind k;
        try {
            k = f.getKind() == null ? null : PlanKind.valueOf(f.getKind());
        } catch (IllegalArgumentException e) {
            k = null;
        }
        List<Long> issuers = new ArrayList<>();
        if (f.getIssuerUnitId() != null) issuers.add(f.getIssuerUnitId());
        if (k == PlanKind.KE_HOACH_PHOI_HOP) {
            f.getCoIssuerUnitIds().stream().filter(x -> x != null && !issuers.contains(x)).forEach(issuers::add);
        }
        List<PlanContent.BaseRef> bases = new ArrayList<>();
        f.getBasePlanIds().stream().filter(x -> x != null).distinct().forEach(id -> bases.add(new PlanContent.BaseRef(id, null)));
        PlanForm.lines(f.getCitations()).forEach(c -> bases.add(new PlanContent.BaseRef(null, c)));
        return new PlanCommand(k, issuers, f.getTitle(), new PlanContent.Period(f.getPeriodKind(), f.getPeriodValue()),
                f.getPlace(), bases, f.getSections().stream().map(PlanFormMapping::section).toList(),
                f.getTasks().stream().filter(PlanFormMapping::filled).map(PlanFormMapping::task).toList(),
                f.getDeadlines().stream().filter(d -> d.getDue() != null || !PlanForm.blank(d.getPeriod()))
                        .map(d -> new PlanContent.ReportDeadline(d.getPeriod(), d.getDue(), orNull(d.getRecipient()),
                                orNull(d.getChannel()), d.getCoReceiverUnitIds())).toList(),
                PlanForm.lines(f.getRecipients()),
                f.getSigners().stream().filter(s -> !PlanForm.blank(s.getName()) || !PlanForm.blank(s.getTitle()))
                        .map(s -> new PlanContent.Signer(s.getName(), s.getTitle(), orNull(s.getOnBehalf()))).toList(),
                PlanForm.lines(f.getFootnotes()));
    }

    private static PlanContent.Section section(SectionRow s) {
        return new PlanContent.Section(s.getHeading(), s.getBody(), s.getItems().stream()
                .filter(i -> !PlanForm.blank(i.getHeading()) || !PlanForm.blank(i.getBody()))
                .map(i -> new PlanContent.Item(i.getHeading(), i.getBody(), PlanForm.lines(i.getSubItems()))).toList());
    }

    private static boolean filled(TaskRow t) {
        return !PlanForm.blank(t.getTitle()) || t.getLeadUnitId() != null || t.getDue() != null
                || !PlanForm.nonNull(t.getLeadUnitIds()).isEmpty();
    }

    private static PlanCommand.Task task(TaskRow t) {
        return new PlanCommand.Task(t.getTitle(), t.getLeadUnitId(), PlanForm.nonNull(t.getAssigneeUnitIds()), t.getDue(),
                t.getRecurrence(), PlanForm.nonNull(t.getLeadUnitIds()), t.getDerivedFromTaskId());
    }

    private static String orNull(String s) {
        return PlanForm.blank(s) ? null : s;
    }
}
