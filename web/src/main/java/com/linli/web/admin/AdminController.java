package com.linli.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.linli.domain.insight.InsightService;
import com.linli.domain.shared.PlainText;
import com.linli.web.insight.DashboardRequest;

/** The back office's entry: its sections, and the dashboard of the chosen period and scope. Only admins reach {@code /admin/**}. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private static final String HOME = "admin/home";

    private final InsightService insight;

    AdminController(InsightService insight) {
        this.insight = insight;
    }

    /**
     * @param range     today, 7d, 30d (the default) or custom with {@code from} and {@code to}
     * @param community a community's id, or blank for all (of the city, if one is given)
     */
    @GetMapping
    String home(@RequestParam(defaultValue = "") @PlainText String range,
                @RequestParam(defaultValue = "") @PlainText String from,
                @RequestParam(defaultValue = "") @PlainText String to,
                @RequestParam(defaultValue = "") @PlainText String city,
                @RequestParam(defaultValue = "") @PlainText String community, Model model) {
        var request = DashboardRequest.of(insight, range, from, to, city, community);
        model.addAttribute("rejection", request.rejection());
        model.addAttribute("dashboard", insight.adminDashboard(request.period(), request.scope()));
        return HOME;
    }
}
