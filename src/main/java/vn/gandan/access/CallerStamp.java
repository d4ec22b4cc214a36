package vn.gandan.access;

import org.springframework.stereotype.Component;
import vn.gandan.platform.SessionStamp;

/**
 * The signed-in account's change counter ({@code access_account.caller_version}, moved by triggers on any change of the
 * account or its grants), read with the session on every request ({@link SessionStamp}): {@link CallerLookup} keeps
 * the caller it loaded for a counter and loads it again when the counter moved, on whichever node.
 */
@Component
class CallerStamp implements SessionStamp {

    static final String ATTRIBUTE = "vn.gandan.access.callerVersion";

    @Override
    public String attribute() {
        return ATTRIBUTE;
    }

    @Override
    public String sql() {
        return "select a.caller_version from access_account a where a.username = S.PRINCIPAL_NAME";
    }
}
