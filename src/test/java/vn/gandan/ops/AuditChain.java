package vn.gandan.ops;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The audit chain checked straight on the database, as {@code AuditLog.verify()} does inside the app: every row's
 * hash, its link to the row before and no gap in the sequence; and no row left unsealed.
 */
final class AuditChain {

    record Check(long sealed, long unsealed, Long broken) {
    }

    private AuditChain() {
    }

    static Check check(Connection db) throws SQLException {
        Long broken = Sql.nullableLong(db, """
                select id from (
                  select id, seq, hash, prev_hash,
                         audit_row_hash(prev_hash, at, username, client_ip, action, object_type, object_id,
                                        before, after) as expected,
                         coalesce(lag(hash) over (order by seq), repeat('0', 64)) as previous,
                         coalesce(lag(seq) over (order by seq), 0) as previous_seq
                  from audit_log where seq is not null) r
                where r.hash <> r.expected or r.prev_hash <> r.previous or r.seq <> r.previous_seq + 1
                order by r.seq limit 1""");
        return new Check(Sql.count(db, "select coalesce(max(seq), 0) from audit_log"),
                Sql.count(db, "select count(*) from audit_log where seq is null"), broken);
    }
}
