package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * What a commendation decision must satisfy before it is recorded: the proposals named lie reviewed at the deciding
 * unit and ask for forms within its power, the number is free in the unit's register, the signer, title and reason
 * are given, the authority line is one of KT. / TL. / TUQ. / Q. / TM., the signing day is valid. 422 (409 for a
 * proposal not yet reviewed) listing every problem.
 */
@Component
class DecisionChecks {

    /** A decision's checked, cleaned values. */
    record Checked(List<ProposalView> chosen, String number, LocalDate on, String signer, String title, String authority,
                   String reason) {
    }

    private final JdbcClient jdbc;
    private final Proposals proposals;
    private final UnitService units;
    private final Actors actors;
    private final CommendationDeciders deciders;

    DecisionChecks(JdbcClient jdbc, Proposals proposals, UnitService units, Actors actors, CommendationDeciders deciders) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.units = units;
        this.actors = actors;
        this.deciders = deciders;
    }

    Checked check(MovementView m, Decisions.NewDecision b) {
        List<ProposalView> chosen = chosen(m, b);
        List<FieldProblem> problems = new ArrayList<>();
        var kind = units.get(b.unitId()).kind();
        LocalDate on = Actors.day("signedOn", b.signedOn());
        for (ProposalView p : chosen) {
            if (!deciders.mayDecide(p.form(), kind, on == null ? actors.today() : on)) {
                problems.add(FieldProblem.of("proposalIds", "emulation.decision.error.beyondPower", p.nomineeName()));
            }
        }
        String number = required(b.numberSymbol(), "numberSymbol", 60, problems);
        String signer = required(b.signerName(), "signerName", 200, problems);
        String title = required(b.signerTitle(), "signerTitle", 200, problems);
        String reason = required(b.reason(), "reason", 1000, problems);
        String authority = Texts.clean(b.authority());
        if (authority != null && !authority.isEmpty() && !List.of("KT.", "TL.", "TUQ.", "Q.", "TM.").contains(authority)) {
            problems.add(FieldProblem.of("authority", "emulation.decision.error.authority"));
        }
        problems.addAll(actors.dayProblems("signedOn", on, chosen.stream().map(p -> p.steps().get(p.steps().size() - 1).on())
                .max(LocalDate::compareTo).orElse(null)));
        if (number != null && jdbc.sql("select count(*) from emu_decision where unit_id = :u and number_symbol = :n")
                .param("u", b.unitId()).param("n", number).query(Integer.class).single() > 0) {
            problems.add(FieldProblem.of("numberSymbol", "emulation.decision.error.numberTaken"));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        return new Checked(chosen, number, on, signer, title, authority == null || authority.isEmpty() ? null : authority, reason);
    }

    /** The proposals named: each visible, of this movement, lying at the deciding unit and reviewed (409 otherwise). */
    private List<ProposalView> chosen(MovementView m, Decisions.NewDecision b) {
        if (b.proposalIds() == null || b.proposalIds().isEmpty()) {
            throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("proposalIds", "emulation.decision.error.none")));
        }
        List<ProposalView> out = new ArrayList<>();
        for (Long pid : new java.util.LinkedHashSet<>(b.proposalIds())) {
            ProposalView p = proposals.get(pid);
            if (p.movementId() != m.id() || p.atUnitId() != b.unitId()) {
                throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("proposalIds", "emulation.decision.error.notHere", p.nomineeName())));
            }
            if (!"REVIEWED".equals(p.status())) throw ProblemException.conflict("emulation.decision.error.notReviewed", p.nomineeName());
            out.add(p);
        }
        return out;
    }

    private static String required(String s, String field, int max, List<FieldProblem> problems) {
        String t = Texts.clean(s);
        if (t == null || t.isEmpty()) problems.add(FieldProblem.of(field, "emulation.decision.error.required"));
        else if (t.length() > max) problems.add(FieldProblem.of(field, "emulation.model.error.tooLong", max));
        return t == null || t.isEmpty() ? null : t;
    }
}
