package com.linli.web.groupbuy;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.community.CommunityService;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.order.OrderPages;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;

/** Admins follow any group-buy, and cancel one with a reason; only admins reach {@code /admin/**}. */
@Controller
@RequestMapping("/admin/group-buys/{id}")
class AdminGroupBuyController {

    private static final String SHOW = "groupbuy/admin-show";

    private final GroupBuyService groupBuys;
    private final CommunityService communities;
    private final OrderPages pages;

    AdminGroupBuyController(GroupBuyService groupBuys, CommunityService communities, OrderPages pages) {
        this.groupBuys = groupBuys;
        this.communities = communities;
        this.pages = pages;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var live = pages.liveList(id, PageQuery.of(page));
        model.addAttribute("groupBuy", live.groupBuy());
        model.addAttribute("chain", live.chain());
        model.addAttribute("community", communities.community(live.groupBuy().getCommunityId()));
        return SHOW;
    }

    /** A refusal (no reason, already sent to the supplier, …) comes back on the page with the reason typed. */
    @PostMapping("/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") @PlainText(multiline = true) String reason,
                  @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        try {
            groupBuys.cancelByAdmin(me.getId(), id, reason);
        } catch (DomainException refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("reason", reason);
            return show(id, 0, model);
        }
        redirect.addFlashAttribute("message", "groupbuy.admin.cancelled");
        return "redirect:/admin/group-buys/" + id;
    }
}
