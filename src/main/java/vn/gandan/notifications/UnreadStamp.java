package vn.gandan.notifications;

import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.platform.SessionStamp;

/**
 * The signed-in person's unread notices, counted in the statement that reads the session (issue 14, item 5, session
 * 13): the menu's badge costs no query of its own on a page. Exact at the start of the request on every node; the
 * pages that mark notices read answer with a redirect, so the page shown next counts again.
 */
@Component
class UnreadStamp implements SessionStamp {

    static final String ATTRIBUTE = "vn.gandan.notifications.unread";

    private final AccessService access;

    UnreadStamp(AccessService access) {
        this.access = access;
    }

    @Override
    public String attribute() {
        return ATTRIBUTE;
    }

    @Override
    public String sql() {
        return "select count(*) from notice n where n.account_id = " + access.accountIdSql("S.PRINCIPAL_NAME")
                + " and n.read_at is null";
    }
}
