package com.linli.web.commission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.linli.domain.commission.LeaderCommissionService;
import com.linli.domain.shared.PageQuery;
import com.linli.web.security.SignedInUser;

/** 佣金 for the leader: earned this month, waiting to be paid and paid; per group-buy and per line; settlements. */
@Controller
class LeaderCommissionController {

    private static final String COMMISSIONS = "commission/leader-commissions";
    private static final int LINES_PER_PAGE = 30;

    private final LeaderCommissionService commissions;

    LeaderCommissionController(LeaderCommissionService commissions) {
        this.commissions = commissions;
    }

    @GetMapping("/leader/commissions")
    ModelAndView commissions(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "0") int page) {
        return new ModelAndView(COMMISSIONS, "ledger", commissions.of(me.getId(), new PageQuery(page, LINES_PER_PAGE)));
    }
}
