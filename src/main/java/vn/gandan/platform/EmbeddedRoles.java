package vn.gandan.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server's accounts: the superuser only sets the server up; the application connects as role
 * {@code gandan}, which is not a superuser and owns the application's database and everything in it.
 */
final class EmbeddedRoles {

    /** Password authentication for every connection, local socket and loopback alike (no {@code trust}). */
    static final String HBA = """
            # Gần Dân: every connection authenticates with a password (secrets in gandan-db.secret, mode 0600)
            local   all             all                     scram-sha-256
            host    all             all     127.0.0.1/32    scram-sha-256
            host    all             all     ::1/128         scram-sha-256
            local   replication     all                     scram-sha-256
            host    replication     all     127.0.0.1/32    scram-sha-256
            host    replication     all     ::1/128         scram-sha-256
            """;

    private EmbeddedRoles() {
    }

    /** Creates (or updates) the application role and database; the secrets are hex, safe in a literal. */
    static void ensureAppRole(DataSource superuser, EmbeddedSecrets secrets) {
        JdbcClient su = JdbcClient.create(superuser);
        String role = EmbeddedSecrets.APP_ROLE;
        if (su.sql("select count(*) from pg_roles where rolname = :r").param("r", role).query(Integer.class).single() == 0) {
            su.sql("create role " + role + " login").update();
        }
        su.sql("alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication password '"
                + secrets.appPassword() + "'").update();
        if (su.sql("select count(*) from pg_database where datname = :d").param("d", secrets.database())
                .query(Integer.class).single() == 0) {
            su.sql("create database " + secrets.database() + " owner " + role + " encoding 'UTF8'").update();
        }
    }

    /**
     * Gives the application role the database and every object of its public schema (a data directory made before
     * the role existed, or tables a restore created as superuser). Extension objects stay where they are.
     */
    static void handOver(DataSource appDatabaseAsSuperuser, String database) {
        JdbcClient su = JdbcClient.create(appDatabaseAsSuperuser);
        su.sql("alter database " + database + " owner to gandan").update();
        su.sql("alter schema public owner to gandan").update();
        su.sql("""
                do $$ declare r record; begin
                  for r in select c.oid::regclass::text as n, c.relkind from pg_class c
                           where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
                             and pg_get_userbyid(c.relowner) <> 'gandan'
                             and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                             and d.objid = c.oid and d.deptype in ('e', 'a', 'i')) loop
                    execute format('alter %s %s owner to gandan', case r.relkind when 'S' then 'sequence'
                      when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, r.n);
                  end loop;
                  for r in select p.oid::regprocedure::text as n, p.prokind from pg_proc p
                           where p.pronamespace = 'public'::regnamespace and pg_get_userbyid(p.proowner) <> 'gandan'
                             and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                             and d.objid = p.oid and d.deptype = 'e') loop
                    execute format('alter %s %s owner to gandan', case r.prokind when 'p' then 'procedure'
                      when 'a' then 'aggregate' else 'function' end, r.n);
                  end loop;
                end $$""").update();
    }

    static void writeHba(Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
        OwnerOnlyFiles.restrict(dataDir.resolve("pg_hba.conf"));
    }
}
