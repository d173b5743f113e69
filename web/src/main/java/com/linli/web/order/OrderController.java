package com.linli.web.order;


import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.community.CommunityService;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.order.OrderPages;
import com.linli.domain.order.OrderService;
import com.linli.domain.shared.PageQuery;
import com.linli.web.security.SignedInUser;

/** My orders across communities, each with its status, amount, pickup date, point and code. */
@Controller
class OrderController {

    private static final String LIST = "order/list";
    private static final String SHOW = "order/show";

    private final OrderService orders;
    private final GroupBuyService groupBuys;
    private final CommunityService communities;
    private final OrderPages pages;

    OrderController(OrderService orders, GroupBuyService groupBuys, CommunityService communities, OrderPages pages) {
        this.orders = orders;
        this.groupBuys = groupBuys;
        this.communities = communities;
        this.pages = pages;
    }

    @GetMapping("/orders")
    String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("orders", pages.myOrders(me.getId(), PageQuery.of(page)));
        return LIST;
    }

    @GetMapping("/orders/{id}")
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        var order = orders.mine(me.getId(), id);
        model.addAttribute("order", order);
        model.addAttribute("groupBuy", groupBuys.groupBuy(order.getGroupBuyId()));
        model.addAttribute("community", communities.community(order.getCommunityId()));
        return SHOW;
    }

    @PostMapping("/orders/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        var order = orders.cancel(me.getId(), id);
        redirect.addFlashAttribute("message", "order.cancelled");
        return "redirect:/group-buys/" + order.getGroupBuyId();
    }
}
