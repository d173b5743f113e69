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

import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.order.GroupBuyPage;
import com.linli.domain.order.OrderLimits;
import com.linli.domain.order.OrderPages;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.NotFound;
import com.linli.web.security.SignedInUser;

/** A group-buy as members of its community see it, with their order form: 跟团, change, cancel. */
@Controller
class GroupBuyController {

    private static final String SHOW = "groupbuy/show";

    private final GroupBuyService groupBuys;
    private final OrderService orders;
    private final OrderPages pages;
    private final OrderLimits limits;

    GroupBuyController(GroupBuyService groupBuys, OrderService orders, OrderPages pages, OrderLimits limits) {
        this.groupBuys = groupBuys;
        this.orders = orders;
        this.pages = pages;
        this.limits = limits;
    }

    @GetMapping("/group-buys/{id}")
    ModelAndView show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        var read = pages.groupBuyPage(me.getId(), id);
        if (read.isEmpty()) {
            return new ModelAndView("redirect:/communities/" + groupBuys.visible(id).getCommunityId());
        }
        return page(read.get(), OrderForm.of(read.get().myOrder()));
    }

    @PostMapping("/group-buys/{id}/order")
    ModelAndView order(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                       @Valid @ModelAttribute("orderForm") OrderForm form, BindingResult result,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // a quantity that is no whole number ("abc", "1.5", too large): the form says so beside it
            var page = page(me, id, form);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        try {
            var done = orders.placeOrChange(me.getId(), new PlaceOrder(id, form.wanted()));
            redirect.addFlashAttribute("message", done.placed() ? "order.placed" : "order.changed");
            return new ModelAndView("redirect:/group-buys/" + id);
        } catch (DomainException e) {
            var page = page(me, id, form);
            page.addObject("rejection", e);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    /** The page again around what the member sent, when it could not be taken. */
    private ModelAndView page(SignedInUser me, long id, OrderForm form) {
        return page(pages.groupBuyPage(me.getId(), id).orElseThrow(() -> new NotFound("groupbuy", id)), form);
    }

    private ModelAndView page(GroupBuyPage read, OrderForm form) {
        var page = new ModelAndView(SHOW);
        page.addObject("groupBuy", read.groupBuy());
        page.addObject("community", read.community());
        page.addObject("myOrder", read.myOrder());
        page.addObject("chain", read.chain());
        page.addObject("orderForm", form);
        page.addObject("orderLimits", limits);
        page.addObject("open", read.open());
        return page;
    }
}
