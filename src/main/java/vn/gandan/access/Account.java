package vn.gandan.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gandan.shared.Texts;

/** A login of a person; its rights come from {@link AccountGrant}s. */
@Entity
@Table(name = "access_account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private Long unitId;
    private Long personId;
    private String email;
    private boolean enabled = true;
    private boolean systemAdmin;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, Long unitId, boolean systemAdmin, Instant now) {
        this.username = Texts.clean(username).toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.displayName = Texts.clean(displayName);
        this.unitId = unitId;
        this.systemAdmin = systemAdmin;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** An administrator sets a temporary password that must be changed at the next login. */
    void resetPassword(String newHash, Instant now) {
        changePassword(newHash, now);
        this.mustChangePassword = true;
    }

    void enable(boolean on) {
        this.enabled = on;
    }

    void contact(String email) {
        this.email = Texts.clean(email);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Long unitId() {
        return unitId;
    }

    String email() {
        return email;
    }

    boolean enabled() {
        return enabled;
    }

    boolean systemAdmin() {
        return systemAdmin;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Long personId() {
        return personId;
    }

    /** The person this login belongs to (org's person), or none. */
    void linkPerson(Long personId) {
        this.personId = personId;
    }
}
