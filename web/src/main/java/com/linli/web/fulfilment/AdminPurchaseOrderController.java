package com.linli.web.fulfilment;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.fulfilment.PurchaseOrderFilter;
import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.fulfilment.PurchaseOrderStatus;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;
import com.linli.web.shared.Csv;
import com.linli.web.shared.Dates;

/**
 * 采购单 in the back office: by date and supplier, each with what to buy per product and its pick list
 * per pickup point (printable, CSV); sent to the supplier, then shipped as deliveries.
 */
@Controller
@RequestMapping("/admin/purchase-orders")
class AdminPurchaseOrderController {

    private static final String LIST = "fulfilment/admin-purchase-orders";
    private static final String SHOW = "fulfilment/admin-purchase-order";

    private final PurchaseOrderService purchaseOrders;

    AdminPurchaseOrderController(PurchaseOrderService purchaseOrders) {
        this.purchaseOrders = purchaseOrders;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") @PlainText String date, @RequestParam(defaultValue = "") @PlainText String supplier,
                @RequestParam(defaultValue = "") @PlainText String status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var filter = new PurchaseOrderFilter(Dates.date(date), supplier.matches("\\d{1,18}") ? Long.valueOf(supplier) : null,
                Arrays.stream(PurchaseOrderStatus.values()).filter(value -> value.name().equals(status)).findFirst()
                        .orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("list", purchaseOrders.search(filter, PageQuery.of(page)));
        return LIST;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("purchaseOrder", purchaseOrders.view(id));
        return SHOW;
    }

    @PostMapping("/{id}/send")
    ModelAndView send(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            purchaseOrders.send(me.getId(), id);
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return rejected(id, e);
        }
        redirect.addFlashAttribute("message", "fulfilment.purchase-order.sent");
        return new ModelAndView("redirect:/admin/purchase-orders/" + id);
    }

    @PostMapping("/{id}/ship")
    ModelAndView ship(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                      @RequestParam(defaultValue = "") @PlainText String expectedArrival, RedirectAttributes redirect) {
        try {
            purchaseOrders.ship(me.getId(), id, Dates.beijingTime(expectedArrival));
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return rejected(id, e);
        }
        redirect.addFlashAttribute("message", "fulfilment.purchase-order.shipped");
        return new ModelAndView("redirect:/admin/purchase-orders/" + id);
    }

    @GetMapping("/{id}/lines.csv")
    ResponseEntity<byte[]> linesCsv(@PathVariable long id) {
        var purchaseOrder = purchaseOrders.view(id);
        return Csv.download("purchase-order-" + id + ".csv",
                List.of("商品 product", "单位 unit", "供货价 supply price", "数量 quantity", "金额 cost"),
                purchaseOrder.products().stream().<List<?>>map(line -> List.of(line.productName(), line.unit(),
                        line.supplyPrice().toYuan(), line.quantity(), line.cost().toYuan())).toList());
    }

    @GetMapping("/{id}/pick-list.csv")
    ResponseEntity<byte[]> pickListCsv(@PathVariable long id) {
        var purchaseOrder = purchaseOrders.view(id);
        return Csv.download("pick-list-" + id + ".csv",
                List.of("商品 product", "单位 unit", "社区 community", "自提点 pickup point", "地址 address",
                        "团长 leader", "电话 phone", "数量 quantity"),
                purchaseOrder.pickList().stream().<List<?>>map(row -> List.of(row.productName(), row.unit(),
                        row.communityName(), row.pickupPointName(), row.address(), nullToEmpty(row.leaderName()),
                        row.leaderPhone(), row.quantity())).toList());
    }

    /** The purchase order again, saying why the action was refused; nothing changed. */
    private ModelAndView rejected(long id, DomainException rejection) {
        var page = new ModelAndView(SHOW);
        page.addObject("purchaseOrder", purchaseOrders.view(id));
        page.addObject("rejection", rejection);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
