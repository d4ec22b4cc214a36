package vn.gandan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gandan.shared.NavItem;

/**
 * One entry of the menu as shown: a single link, or a group (its label key and its links) placed where its first
 * link would be. A group is a {@code <details>} element, so it opens on a phone and a laptop without JavaScript.
 */
public record NavEntry(NavItem item, String groupKey, List<NavItem> children) {

    public boolean group() {
        return groupKey != null;
    }

    /** Whether the page shown is one of the group's links (the group is then shown open, its link marked). */
    public boolean holds(String path) {
        return path != null && children.stream().anyMatch(c -> path.equals(c.path()) || path.startsWith(c.path() + "/")
                || path.endsWith(c.path()));
    }

    /** Items in menu order, grouped. */
    static List<NavEntry> of(List<NavItem> items) {
        Map<String, List<NavItem>> groups = new LinkedHashMap<>();
        List<NavEntry> out = new ArrayList<>();
        for (NavItem i : items) {
            if (i.group() == null) {
                out.add(new NavEntry(i, null, List.of()));
            } else if (!groups.containsKey(i.group())) {
                List<NavItem> members = new ArrayList<>();
                groups.put(i.group(), members);
                out.add(new NavEntry(null, i.group(), members));
            }
            if (i.group() != null) {
                groups.get(i.group()).add(i);
            }
        }
        return out;
    }
}
