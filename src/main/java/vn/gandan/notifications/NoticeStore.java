package vn.gandan.notifications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.gandan.shared.ListPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person notices, e-mail preferences and the sent-once keys (this module's own tables only). */
@Repository
class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notice as its person sees it. */
    record Notice(long id, String kind, String title, String body, String link, OffsetDateTime createdAt,
                  OffsetDateTime readAt) {
        boolean read() {
            return readAt != null;
        }
    }

    /** A person's choices: one e-mail per notice, and/or one daily digest of the unread ones; the notices' language. */
    record Preference(boolean emailEach, boolean digest, String language) {
        static final Preference DEFAULT = new Preference(true, false, "vi");

        java.util.Locale locale() {
            return java.util.Locale.forLanguageTag(language == null ? "vi" : language);
        }
    }

    long insert(long accountId, Long unitId, String kind, String title, String body, String link) {
        return jdbc.sql("""
                        insert into notice(account_id, unit_id, kind, title, body, link)
                        values (:a, :u, :k, :t, :b, :l) returning id""")
                .param("a", accountId).param("u", unitId).param("k", kind).param("t", title).param("b", body)
                .param("l", link).query(Long.class).single();
    }

    /** At most this many notices in one answer (and the page size when none is asked). */
    static final int LIST_CAP = 200;

    /** One page of the person's notices, newest first (then id: a total order). */
    ListPage.Slice<Notice> of(long accountId, ListPage page) {
        return page.slice(jdbc.sql("""
                        select id, kind, title, body, link, created_at, read_at from notice
                        where account_id = :a order by created_at desc, id desc limit :n offset :o""")
                .param("a", accountId).param("n", page.fetch()).param("o", page.offset()).query(Notice.class).list());
    }

    Optional<Notice> find(long accountId, long id) {
        return jdbc.sql("select id, kind, title, body, link, created_at, read_at from notice where id = :id and account_id = :a")
                .param("id", id).param("a", accountId).query(Notice.class).optional();
    }

    /** Unread notices created since {@code since}, oldest first (for the digest). */
    List<Notice> unreadSince(long accountId, OffsetDateTime since) {
        return jdbc.sql("""
                        select id, kind, title, body, link, created_at, read_at from notice
                        where account_id = :a and read_at is null and created_at >= :s order by created_at, id""")
                .param("a", accountId).param("s", since).query(Notice.class).list();
    }

    long unread(long accountId) {
        return jdbc.sql("select count(*) from notice where account_id = :a and read_at is null")
                .param("a", accountId).query(Long.class).single();
    }

    /** Marks one notice read (idempotent); false if it is not this person's. */
    boolean markRead(long accountId, long id) {
        jdbc.sql("update notice set read_at = now() where id = :id and account_id = :a and read_at is null")
                .param("id", id).param("a", accountId).update();
        return find(accountId, id).isPresent();
    }

    int markAllRead(long accountId) {
        return jdbc.sql("update notice set read_at = now() where account_id = :a and read_at is null")
                .param("a", accountId).update();
    }

    Preference preference(long accountId) {
        return jdbc.sql("select email_each, digest, language from notice_preference where account_id = :a").param("a", accountId)
                .query(Preference.class).optional().orElse(Preference.DEFAULT);
    }

    void savePreference(long accountId, Preference p) {
        jdbc.sql("""
                        insert into notice_preference(account_id, email_each, digest, language) values (:a, :e, :d, :l)
                        on conflict (account_id) do update set email_each = :e, digest = :d, language = :l, updated_at = now()""")
                .param("a", accountId).param("e", p.emailEach()).param("d", p.digest()).param("l", p.language()).update();
    }

    /** Accounts that asked for the daily digest. */
    List<Long> digestAccounts() {
        return jdbc.sql("select account_id from notice_preference where digest order by account_id").query(Long.class).list();
    }

    /** Claims a once-only key; false if another node (or an earlier run) already claimed it. */
    boolean claim(String key) {
        return jdbc.sql("insert into notification_sent(key) values (:k) on conflict do nothing").param("k", key).update() == 1;
    }
}
