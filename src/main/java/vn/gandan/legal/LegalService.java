package vn.gandan.legal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.Texts;

/**
 * The registry of cited documents. {@link #register} is idempotent by number/symbol (compared without case,
 * diacritics or whitespace): a second registration only fills fields the entry did not have yet.
 */
@Service
public class LegalService {

    /** At most this many documents in one answer (and the page size when none is asked). */
    public static final int MAX_RESULTS = 100;

    private final JdbcClient jdbc;

    LegalService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first citation in the text (see {@link CitationParser}). */
    public Optional<Citation> parse(String text) {
        return CitationParser.parse(text);
    }

    /** Every citation in the text, duplicates merged. */
    public List<Citation> parseAll(String text) {
        return CitationParser.parseAll(text);
    }

    /** Registers the cited document, or completes the existing entry with the same number/symbol. */
    @Transactional
    public LegalDocumentView register(Citation c) {
        if (c.numberSymbol() == null || c.numberSymbol().isBlank() || c.docType() == null) {
            throw new IllegalArgumentException("a citation needs a type and a number");
        }
        Optional<LegalDocumentView> existing = findByNumberSymbol(c.numberSymbol());
        if (existing.isPresent()) {
            LegalDocumentView e = existing.get();
            Citation merged = new Citation(e.docType(), e.numberSymbol(), e.date(), e.issuer(), e.title()).fillFrom(c);
            jdbc.sql("""
                    update legal_document set issue_date = :date, issuer = :issuer, title = :title,
                           search_text = :search where id = :id""")
                    .param("date", merged.date()).param("issuer", merged.issuer()).param("title", merged.title())
                    .param("search", searchText(merged)).param("id", e.id()).update();
            return get(e.id());
        }
        jdbc.sql("""
                insert into legal_document (doc_type, number_symbol, symbol_key, issue_date, issuer, title,
                                            effective_from, search_text)
                values (:type, :ns, :key, :date, :issuer, :title, :date, :search)
                on conflict (symbol_key) do nothing""")
                .param("type", c.docType()).param("ns", c.numberSymbol()).param("key", c.key())
                .param("date", c.date()).param("issuer", c.issuer()).param("title", c.title())
                .param("search", searchText(c)).update();
        return findByNumberSymbol(c.numberSymbol()).orElseThrow();
    }

    /** Sets when the document takes and stops taking effect (null = unknown / still in force). */
    @Transactional
    public LegalDocumentView setEffective(long id, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("effective_to before effective_from");
        }
        jdbc.sql("update legal_document set effective_from = :f, effective_to = :t where id = :id")
                .param("f", from).param("t", to).param("id", id).update();
        return get(id);
    }

    public Optional<LegalDocumentView> findByNumberSymbol(String numberSymbol) {
        return jdbc.sql("select * from legal_document where symbol_key = :k")
                .param("k", Citation.keyOf(numberSymbol)).query(LegalService::map).optional();
    }

    public LegalDocumentView get(long id) {
        return jdbc.sql("select * from legal_document where id = :id").param("id", id)
                .query(LegalService::map).optional()
                .orElseThrow(() -> new vn.gandan.shared.NotFoundException("legal document", id));
    }

    /** The number and symbol of each of these entries that still exists, by id, in one query (was one per id). */
    public java.util.Map<Long, String> numberSymbols(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("select id, number_symbol from legal_document where id = any(cast(:ids as bigint[]))")
                .param("ids", ids.toArray(Long[]::new)).query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    /**
     * Entries whose type, number/symbol, issuer or title contain every word of the query, without regard
     * to case or diacritics ("chi thi 33" finds "Chỉ thị 33/CT-TTg"); newest first; all when blank.
     */
    public List<LegalDocumentView> search(String q) {
        return search(q, new ListPage(1, MAX_RESULTS)).rows();
    }

    /** One page of {@link #search(String)} (then number/symbol and id: a total order, so pages never skip a row). */
    public ListPage.Slice<LegalDocumentView> search(String q, ListPage page) {
        String folded = Texts.fold(q);
        StringBuilder sql = new StringBuilder("select * from legal_document where true");
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        for (int i = 0; i < words.length; i++) {
            sql.append(" and search_text like :w").append(i).append(" escape '\\'");
        }
        sql.append(" order by issue_date desc nulls last, number_symbol, id limit :n offset :o");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("n", page.fetch()).param("o", page.offset());
        for (int i = 0; i < words.length; i++) {
            spec = spec.param("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return page.slice(spec.query(LegalService::map).list());
    }

    static String searchText(Citation c) {
        String ns = c.numberSymbol() == null ? "" : c.numberSymbol();
        return Texts.fold(String.join(" ", c.docType(), ns, ns.replaceAll("[/\\-]", " "),
                c.date() == null ? "" : c.date().getDayOfMonth() + "/" + c.date().getMonthValue() + "/" + c.date().getYear(),
                c.issuer() == null ? "" : c.issuer(), c.title() == null ? "" : c.title()));
    }

    private static LegalDocumentView map(ResultSet rs, int row) throws SQLException {
        return new LegalDocumentView(rs.getLong("id"), rs.getString("doc_type"), rs.getString("number_symbol"),
                toDate(rs.getDate("issue_date")), rs.getString("issuer"), rs.getString("title"),
                toDate(rs.getDate("effective_from")), toDate(rs.getDate("effective_to")));
    }

    private static LocalDate toDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
