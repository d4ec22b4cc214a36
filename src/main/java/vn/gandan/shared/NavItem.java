package vn.gandan.shared;

/**
 * An entry of the main navigation that a module contributes as a bean: a message key, a path, an order,
 * and the authorities that may see it, separated by {@code |} (null = any signed-in user).
 */
public record NavItem(String labelKey, String path, int order, String icon, String authority) {
}
