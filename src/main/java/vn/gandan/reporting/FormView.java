package vn.gandan.reporting;

import java.util.List;

/** A form as pages show it: its indicators (code, name, unit) and outline sections (code, heading). */
public record FormView(String code, String name, List<Item> indicators, List<Item> sections) {

    /** An indicator or a section. */
    public record Item(String code, String label, String unit) {
    }
}
