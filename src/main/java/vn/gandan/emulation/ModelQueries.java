package vn.gandan.emulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.NotFoundException;

/** Reads of models: one model with its timeline (404 outside the caller's scope), a unit's models, the scoped list. */
@Component
@Transactional(readOnly = true)
class ModelQueries {

    static final String COLUMNS = """
            select m.id, m.unit_id, m.registered_with_unit_id, m.kind, m.holder_kind, m.holder_name, m.party_member,
                   m.field, m.name, m.place, m.registered_on, m.situation, m.aims, m.content, m.area, m.forces,
                   m.resources, m.timing, m.outputs, m.sustainability, m.status, m.evaluation_passed, m.award,
                   m.award_level, m.decision, m.recognised_on, m.original_model_id
            from emu_model m""";

    private final JdbcClient jdbc;
    private final AccessService access;
    private final UnitService units;

    ModelQueries(JdbcClient jdbc, AccessService access, UnitService units) {
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
    }

    /** The model's lifecycle columns; 404 if unknown or outside the caller's scope. */
    ModelRow row(long id) {
        ModelRow r = jdbc.sql(ModelRow.SELECT + " where m.id = :id").param("id", id).query(ModelRow::map).optional()
                .orElseThrow(() -> new NotFoundException("model", id));
        if (!access.canSee(r.unitId()) && !access.canSee(r.registeredWithUnitId())) throw new NotFoundException("model", id);
        return r;
    }

    /** A recognised model is public (the library), so any unit may adopt it; others as {@link #row}. */
    ModelRow adoptable(long id) {
        ModelRow r = jdbc.sql(ModelRow.SELECT + " where m.id = :id").param("id", id).query(ModelRow::map).optional()
                .orElseThrow(() -> new NotFoundException("model", id));
        return r.status() == ModelStatus.RECOGNISED || r.status() == ModelStatus.REPLICATED ? r : row(id);
    }

    ModelView get(long id) {
        row(id);
        return view(id);
    }

    /** Without a scope check: for the public library (recognised models only) and after a scoped write. */
    ModelView view(long id) {
        ModelView v = jdbc.sql(COLUMNS + "\nwhere m.id = :id").param("id", id).query(this::map).optional()
                .orElseThrow(() -> new vn.gandan.shared.NotFoundException("model", id));
        return withSteps(v);
    }

    /** At most this many models in one answer (and the page size when none is asked). */
    static final int LIST_CAP = 500;

    /** Models registered by the unit or registered with it, newest first (then id); 404 outside the caller's scope. */
    ListPage.Slice<ModelView> forUnit(long unitId, ListPage page) {
        access.requireVisible(unitId);
        return page.slice(jdbc.sql(COLUMNS + " where m.unit_id = :u or m.registered_with_unit_id = :u"
                        + " order by m.registered_on desc, m.id desc limit :n offset :o")
                .param("u", unitId).param("n", page.fetch()).param("o", page.offset()).query(this::map).list());
    }

    /** Every model the caller may see, newest first (then id). */
    ListPage.Slice<ModelView> visible(ListPage page) {
        return page.slice(jdbc.sql(COLUMNS + " where " + access.scopeSql("m.unit_id") + " or " + access.scopeSql("m.registered_with_unit_id")
                + " order by m.registered_on desc, m.id desc limit :n offset :o")
                .param("n", page.fetch()).param("o", page.offset()).query(this::map).list());
    }

    /**
     * The models the caller may see that were registered in {@code unitId}'s subtree (today's tree) from {@code from} to
     * {@code to}, newest first (then id): a movement's models, filtered in SQL so that none is lost behind the caller's
     * newest models (before session 17 they were picked in Java out of the newest 500).
     */
    ListPage.Slice<ModelView> registeredUnder(long unitId, LocalDate from, LocalDate to, LocalDate today, ListPage page) {
        return page.slice(jdbc.sql(COLUMNS + " where (" + access.scopeSql("m.unit_id") + " or " + access.scopeSql("m.registered_with_unit_id")
                + ") and m.registered_on between :f and :t and " + vn.gandan.org.SubtreeSql.contains("m.unit_id", unitId, today)
                + " order by m.registered_on desc, m.id desc limit :n offset :o")
                .param("f", from).param("t", to).param("n", page.fetch()).param("o", page.offset()).query(this::map).list());
    }

    private ModelView withSteps(ModelView v) {
        List<ModelView.Step> steps = jdbc.sql("""
                        select step, on_date, approver, approver_unit_id, note from emu_model_step
                        where model_id = :id order by on_date, id""").param("id", v.id())
                .query((rs, i) -> new ModelView.Step(ModelStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), name((Long) rs.getObject(4)), rs.getString(5))).list();
        return new ModelView(v.id(), v.unitId(), v.unitName(), v.registeredWithUnitId(), v.registeredWithName(), v.kind(),
                v.holderKind(), v.holderName(), v.partyMember(), v.field(), v.name(), v.place(), v.registeredOn(),
                v.registration(), v.status(), v.evaluationPassed(), v.award(), v.awardLevel(), v.decision(),
                v.recognisedOn(), v.originalModelId(), steps);
    }

    ModelView map(ResultSet rs, int i) throws SQLException {
        long unit = rs.getLong(2);
        long with = rs.getLong(3);
        Registration reg = new Registration(rs.getString(9), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20));
        return new ModelView(rs.getLong(1), unit, name(unit), with, name(with), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), Field.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                rs.getObject(11, LocalDate.class), reg, ModelStatus.valueOf(rs.getString(21)), (Boolean) rs.getObject(22),
                rs.getString(23), rs.getString(24), rs.getString(25), rs.getObject(26, LocalDate.class),
                (Long) rs.getObject(27), List.of());
    }

    private String name(Long unitId) {
        return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }
}
