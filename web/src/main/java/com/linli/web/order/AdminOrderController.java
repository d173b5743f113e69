package com.linli.web.order;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.linli.domain.order.OrderPages;
import com.linli.domain.order.OrderRejected;
import com.linli.domain.order.OrderRow;
import com.linli.domain.order.OrderSearch;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** Admins search every order and read one in full, with its history; only admins reach {@code /admin/**}. */
@Controller
@RequestMapping("/admin/orders")
class AdminOrderController {

    private static final String LIST = "order/admin-list";
    private static final String SHOW = "order/admin-show";

    private final OrderPages pages;

    AdminOrderController(OrderPages pages) {
        this.pages = pages;
    }

    /** A field that cannot be read is shown as wrong and finds nothing, rather than everything. */
    @GetMapping
    String search(@Valid @ModelAttribute("search") AdminOrderSearch search, BindingResult result,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("cap", OrderSearch.COUNT_CAP);
        var query = PageQuery.of(page);
        Paged<OrderRow> orders = new Paged<>(List.of(), query.page(), query.size(), 0);
        if (!result.hasErrors()) {
            try {
                orders = pages.search(search.search(), query);
            } catch (OrderRejected refused) {
                result.reject(refused.code(), refused.arguments(), null);
            }
        }
        model.addAttribute("orders", orders);
        return LIST;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", pages.adminOrder(id));
        return SHOW;
    }
}
