package vn.gandan.shared;

/**
 * A count shown beside the navigation entry with the same {@code path} (e.g. unread notices), computed for the
 * signed-in caller by the module that contributes it as a bean.
 */
public interface NavBadge {

    String path();

    /** The count for the signed-in caller (0 shows nothing). */
    long count();
}
