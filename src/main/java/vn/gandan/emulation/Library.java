package vn.gandan.emulation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.Texts;

/** The public exemplar library: recognised models only, searched without diacritics by text, field, place and year. */
@Component
@Transactional(readOnly = true)
class Library {

    static final int MAX = 200;

    private final JdbcClient jdbc;
    private final ModelQueries queries;
    private final vn.gandan.org.UnitService units;

    Library(JdbcClient jdbc, ModelQueries queries, vn.gandan.org.UnitService units) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.units = units;
    }

    /**
     * {@code q} matches the name, holder, unit and place ("phuoc sang" finds "Phước Sang"); {@code unit}: part of the
     * registering unit's name, without diacritics ("an linh"). Newest first, up to one model more than {@link #MAX}
     * (the page shows {@link #MAX} and says it shows only the first ones).
     */
    List<ModelView> searchOneMore(String q, Field field, String place, Integer year, String unit) {
        String text = Texts.fold(q);
        Long[] unitIds = unitIds(unit);
        String where = Texts.fold(place);
        return jdbc.sql(ModelQueries.COLUMNS + "\n" + """
                         where m.status in ('RECOGNISED', 'REPLICATED')
                           and (:q = '' or m.search_text like '%' || :q || '%')
                           and (:pl = '' or m.search_text like '%' || :pl || '%')
                           and (cast(:f as varchar) is null or m.field = :f)
                           and (cast(:y as integer) is null or extract(year from m.recognised_on) = :y)
                           and (cast(:units as bigint[]) is null or m.unit_id = any(cast(:units as bigint[])))
                         order by m.recognised_on desc, m.id desc""" + " limit " + (MAX + 1))
                .param("q", text).param("pl", where).param("f", field == null ? null : field.name()).param("y", year)
                .param("units", unitIds).query(queries::map).list();
    }

    /** The registering units of recognised models whose name contains {@code unit} (folded); null for no filter. */
    private Long[] unitIds(String unit) {
        String u = Texts.fold(unit);
        if (u == null || u.isBlank()) return null;
        return jdbc.sql("select distinct unit_id from emu_model where status in ('RECOGNISED', 'REPLICATED')").query(Long.class).list()
                .stream().filter(id -> units.find(id).map(x -> Texts.fold(x.name()).contains(u.strip())).orElse(false))
                .toArray(Long[]::new);
    }

    ModelView one(long id) {
        ModelView v = queries.view(id);
        if (v.status() != ModelStatus.RECOGNISED && v.status() != ModelStatus.REPLICATED) throw new NotFoundException("model", id);
        return v;
    }

    /** The units that adopted the model, in order. */
    List<Long> adopterIds(long id) {
        return jdbc.sql("select unit_id from emu_model_adoption where model_id = :m order by on_date, id").param("m", id)
                .query(Long.class).list();
    }

    /** The first photo of each model (model id → file id). */
    java.util.Map<Long, Long> firstPhotos(List<Long> modelIds) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (modelIds.isEmpty()) return out;
        jdbc.sql("select model_id, min(id) from emu_model_file where kind = 'PHOTO' and model_id = any(cast(:ids as bigint[])) group by model_id")
                .param("ids", modelIds.toArray(Long[]::new)).query((rs, i) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    /** The photos and documents of a recognised model (without their bytes). */
    List<ModelFiles.FileView> files(long modelId) {
        return jdbc.sql("select id, kind, file_name, content_type, size_bytes, caption from emu_model_file where model_id = :m order by kind desc, id")
                .param("m", modelId).query((rs, i) -> new ModelFiles.FileView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6))).list();
    }
}
