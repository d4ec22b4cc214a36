package vn.gandan.meetings;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.gandan.org.UnitService;

/** The board page: a unit's inspection boards (members, term, election) and their findings with reply deadlines. */
@Controller
class BoardController {

    private final InspectionBoards boards;
    private final UnitService units;

    BoardController(InspectionBoards boards, UnitService units) {
        this.boards = boards;
        this.units = units;
    }

    @GetMapping("/units/{id}/boards")
    String forUnit(@PathVariable long id, Model model) {
        List<BoardView> list = boards.forUnit(id).stream().map(boards::get).toList();
        model.addAttribute("unit", units.get(id));
        model.addAttribute("boards", list);
        return "meetings/boards";
    }

    @GetMapping("/boards/{id}")
    String one(@PathVariable long id, Model model) {
        BoardView b = boards.get(id);
        model.addAttribute("unit", units.get(b.unitId()));
        model.addAttribute("boards", List.of(b));
        return "meetings/boards";
    }
}
