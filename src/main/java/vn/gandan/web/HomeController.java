package vn.gandan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gandan.shared.NavItem;

/** The home page after login. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    @Bean
    static NavItem homeNav() {
        return new NavItem("nav.home", "/", 0, "house", null);
    }
}
