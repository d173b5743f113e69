package com.linli.web.insight;

import com.linli.domain.insight.InsightRejected;
import com.linli.domain.insight.InsightService;
import com.linli.domain.insight.Period;
import com.linli.domain.insight.Scope;

/**
 * The admin dashboard's query parameters as the page and its CSV downloads read them: a period that
 * cannot be shown falls back to the last 30 days, with the reason for the page to say.
 *
 * @param rejection null when the period was taken as asked
 */
public record DashboardRequest(Period period, Scope scope, InsightRejected rejection) {

    public static DashboardRequest of(InsightService insight, String range, String from, String to, String city,
                               String community) {
        var scope = new Scope(city.isBlank() ? null : city.strip(),
                community.strip().matches("\\d{1,18}") ? Long.valueOf(community.strip()) : null);
        var today = insight.today();
        try {
            return new DashboardRequest(Period.choose(range, from, to, today), scope, null);
        } catch (InsightRejected rejected) {
            return new DashboardRequest(Period.choose(Period.MONTH, null, null, today), scope, rejected);
        }
    }
}
