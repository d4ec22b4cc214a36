package vn.gandan.shared;

import java.util.Map;
import java.util.Optional;

/**
 * A card on the home dashboard that a module contributes by declaring a bean. The home page asks every
 * widget for a panel for the signed-in caller (empty = nothing to show to this caller, e.g. not their role)
 * and renders the module's Thymeleaf fragment with the panel's data as the variable {@code data}.
 */
public interface DashboardWidget {

    /** Position on the dashboard, smaller first. */
    int order();

    /** The panel for the current caller, or empty. */
    Optional<Panel> panel();

    /**
     * What to render: the template (e.g. {@code "access/widgets"}), the fragment in it (e.g. {@code "admin"})
     * and the data the fragment reads as {@code ${data}}.
     */
    record Panel(String template, String fragment, Map<String, Object> data) {

        public Panel {
            data = Map.copyOf(data);
        }
    }
}
