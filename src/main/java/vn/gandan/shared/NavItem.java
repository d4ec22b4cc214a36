package vn.gandan.shared;

/**
 * An entry of the main navigation that a module contributes as a bean: a message key, a path, an order,
 * and the authorities that may see it, separated by {@code |} (null = any signed-in user). Entries with the same
 * {@code group} (a message key, null = none) are shown together under one menu entry that opens without JavaScript.
 */
public record NavItem(String labelKey, String path, int order, String icon, String authority, String group) {

    /** The message key of the "Công tác dân vận" group (citizens, meetings, disclosure, emulation…). */
    public static final String DAN_VAN = "nav.group.danVan";

    public NavItem(String labelKey, String path, int order, String icon, String authority) {
        this(labelKey, path, order, icon, authority, null);
    }

    /** The same entry placed in a group. */
    public NavItem inGroup(String groupKey) {
        return new NavItem(labelKey, path, order, icon, authority, groupKey);
    }
}
