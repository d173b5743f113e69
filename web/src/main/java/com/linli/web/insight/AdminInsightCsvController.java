package com.linli.web.insight;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.linli.domain.insight.AdminDashboard;
import com.linli.domain.insight.InsightService;
import com.linli.domain.insight.Ranked;
import com.linli.domain.shared.PlainText;
import com.linli.web.shared.Csv;

/** Each chart of the admin dashboard as CSV, for the same period and scope as the page. */
@Controller
@RequestMapping("/admin/insight")
class AdminInsightCsvController {

    private final InsightService insight;
    private final MessageSource messages;

    AdminInsightCsvController(InsightService insight, MessageSource messages) {
        this.insight = insight;
        this.messages = messages;
    }

    private AdminDashboard dashboard(String range, String from, String to, String city, String community) {
        var request = DashboardRequest.of(insight, range, from, to, city, community);
        return insight.adminDashboard(request.period(), request.scope());
    }

    @GetMapping("/days.csv")
    ResponseEntity<byte[]> days(@RequestParam(defaultValue = "") @PlainText String range,
                                @RequestParam(defaultValue = "") @PlainText String from,
                                @RequestParam(defaultValue = "") @PlainText String to,
                                @RequestParam(defaultValue = "") @PlainText String city,
                                @RequestParam(defaultValue = "") @PlainText String community, Locale locale) {
        var dashboard = dashboard(range, from, to, city, community);
        return Csv.download("gmv-per-day.csv", header(locale, "insight.column.day"), dashboard.days().stream()
                .<List<?>>map(day -> List.of(day.day().toString(), day.gmv().toYuan(), day.orders())).toList());
    }

    @GetMapping("/{chart:communities|leaders|products|categories}.csv")
    ResponseEntity<byte[]> ranked(@PathVariable @PlainText String chart,
                                  @RequestParam(defaultValue = "") @PlainText String range,
                                  @RequestParam(defaultValue = "") @PlainText String from,
                                  @RequestParam(defaultValue = "") @PlainText String to,
                                  @RequestParam(defaultValue = "") @PlainText String city,
                                  @RequestParam(defaultValue = "") @PlainText String community, Locale locale) {
        var dashboard = dashboard(range, from, to, city, community);
        List<Ranked> rows = switch (chart) {
            case "communities" -> dashboard.communities();
            case "leaders" -> dashboard.leaders();
            case "products" -> dashboard.products();
            default -> dashboard.categories();
        };
        return Csv.download(chart + ".csv", header(locale, "insight.column." + chart), rows.stream()
                .<List<?>>map(row -> List.of(row.name(), row.gmv().toYuan(), row.orders())).toList());
    }

    private List<String> header(Locale locale, String first) {
        return List.of(messages.getMessage(first, null, locale), messages.getMessage("insight.gmv", null, locale),
                messages.getMessage("insight.orders", null, locale));
    }
}
