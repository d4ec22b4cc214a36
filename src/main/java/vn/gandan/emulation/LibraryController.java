package vn.gandan.emulation;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** Public pages without login: the library of recognised "Dân vận khéo" models and exemplars, and one of them. */
@Controller
class LibraryController {

    private final Library library;
    private final UnitService units;

    LibraryController(Library library, UnitService units) {
        this.library = library;
        this.units = units;
    }

    /** One read-only transaction for the page (the search and the photos took one each). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @GetMapping("/public/exemplars")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
                  @RequestParam(required = false) String place, @RequestParam(required = false) String year, @RequestParam(required = false) String unit, Model model) {
        Field f = null;
        try {
            f = field == null || field.isBlank() ? null : Field.valueOf(field.strip());
        } catch (IllegalArgumentException e) {
            model.addAttribute("badField", true);
        }
        Integer y = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        model.addAttribute("badYear", year != null && !year.isBlank() && y == null);
        List<ModelView> more = library.searchOneMore(q, f, place, y, unit);
        List<ModelView> found = more.size() > Library.MAX ? more.subList(0, Library.MAX) : more;
        model.addAttribute("models", found);
        model.addAttribute("truncated", more.size() > found.size());
        model.addAttribute("photos", library.firstPhotos(found.stream().map(ModelView::id).toList()));
        model.addAttribute("q", q);
        model.addAttribute("field", f == null ? "" : f.name());
        model.addAttribute("place", place);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("fields", Field.values());
        return "emulation/library";
    }

    @GetMapping("/public/exemplars/{id}")
    String one(@PathVariable long id, Model model) {
        ModelView m = library.one(id);
        model.addAttribute("m", m);
        model.addAttribute("adopters", units.findAll(library.adopterIds(id)).stream().map(UnitView::name).toList());
        model.addAttribute("fields", m.registration().asMap());
        model.addAttribute("files", library.files(id));
        return "emulation/exemplar";
    }
}
