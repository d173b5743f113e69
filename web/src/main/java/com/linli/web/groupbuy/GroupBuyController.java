package com.linli.web.groupbuy;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.community.CommunityService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.order.OrderLimits;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.DomainException;
import com.linli.web.security.SignedInUser;

/** A group-buy as members of its community see it, with their order form: 跟团, change, cancel. */
@Controller
class GroupBuyController {

    private static final String SHOW = "groupbuy/show";

    private final GroupBuyService groupBuys;
    private final OrderService orders;
    private final CommunityService communities;
    private final OrderLimits limits;

    GroupBuyController(GroupBuyService groupBuys, OrderService orders, CommunityService communities,
                       OrderLimits limits) {
        this.groupBuys = groupBuys;
        this.orders = orders;
        this.communities = communities;
        this.limits = limits;
    }

    @GetMapping("/group-buys/{id}")
    ModelAndView show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        var groupBuy = groupBuys.visible(id);
        if (!communities.isMember(groupBuy.getCommunityId(), me.getId())) {
            return new ModelAndView("redirect:/communities/" + groupBuy.getCommunityId());
        }
        communities.activeCommunity(groupBuy.getCommunityId());
        return page(me, groupBuy, OrderForm.of(orders.current(me.getId(), id)));
    }

    @PostMapping("/group-buys/{id}/order")
    ModelAndView order(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                       @Valid @ModelAttribute("orderForm") OrderForm form, BindingResult result,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // a quantity that is no whole number ("abc", "1.5", too large): the form says so beside it
            var page = page(me, groupBuys.visible(id), form);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        try {
            var done = orders.placeOrChange(me.getId(), new PlaceOrder(id, form.wanted()));
            redirect.addFlashAttribute("message", done.placed() ? "order.placed" : "order.changed");
            return new ModelAndView("redirect:/group-buys/" + id);
        } catch (DomainException e) {
            var page = page(me, groupBuys.visible(id), form);
            page.addObject("rejection", e);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    private ModelAndView page(SignedInUser me, GroupBuy groupBuy, OrderForm form) {
        var id = groupBuy.getId();
        var page = new ModelAndView(SHOW);
        page.addObject("groupBuy", groupBuy);
        page.addObject("community", communities.community(groupBuy.getCommunityId()));
        page.addObject("myOrder", orders.current(me.getId(), id));
        page.addObject("chain", orders.chainForMember(me.getId(), id));
        page.addObject("orderForm", form);
        page.addObject("orderLimits", limits);
        page.addObject("open", groupBuys.acceptsOrders(groupBuy));
        return page;
    }
}
