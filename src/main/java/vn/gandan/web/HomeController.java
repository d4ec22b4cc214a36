package vn.gandan.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.DashboardWidget;
import vn.gandan.shared.NavItem;

/** The home dashboard: what the signed-in person is responsible for; the administrator also sees system health. */
@Controller
class HomeController {

    private final AccessService access;
    private final UnitService units;
    private final JdbcClient jdbc;
    private final List<DashboardWidget> widgets;

    HomeController(AccessService access, UnitService units, JdbcClient jdbc, List<DashboardWidget> widgets) {
        this.access = access;
        this.units = units;
        this.jdbc = jdbc;
        this.widgets = widgets.stream().sorted(java.util.Comparator.comparingInt(DashboardWidget::order)).toList();
    }

    @Bean
    static NavItem homeNav() {
        return new NavItem("nav.home", "/", 0, "house", null);
    }

    /** A unit of the caller with the role held and how many units its subtree has. */
    public record MyUnit(UnitView unit, String role, int subtreeSize) {
    }

    @Transactional(readOnly = true)
    @GetMapping("/")
    String home(Model model) {
        Caller caller = access.requireCaller();
        model.addAttribute("caller", caller);
        List<MyUnit> mine = caller.grants().stream().map(g -> new MyUnit(units.get(g.unitId()), g.role().name(),
                g.subtree() ? units.subtreeSize(g.unitId(), units.today()) : 1)).toList();
        model.addAttribute("myUnits", mine);
        if (caller.systemAdmin()) {
            model.addAttribute("unitCount", jdbc.sql("select count(*) from org_unit where valid_to is null or valid_to >= :d")
                    .param("d", units.today()).query(Long.class).single());
        }
        model.addAttribute("panels", widgets.stream().map(DashboardWidget::panel).flatMap(java.util.Optional::stream)
                .toList());
        return "web/home";
    }
}
