package com.linli.web.aftersale;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.aftersale.AfterSaleRejected;
import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.aftersale.OrderAfterSale;
import com.linli.domain.catalog.ImageRefused;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.web.ratelimit.RateLimit;
import com.linli.web.ratelimit.RateLimited;
import com.linli.web.ratelimit.RateLimiter;
import com.linli.web.security.SignedInUser;

/**
 * 售后 for members: a collected order's lines with what may still be asked back, a request per line
 * (units, reason, photo), and the member's requests with their outcomes. Requests per member are
 * rate-limited, so nobody fills the database with photos.
 */
@Controller
class MemberAfterSaleController {

    private static final String ORDER = "aftersale/order";
    private static final String FORM = "aftersale/form";
    private static final String MINE = "aftersale/mine";

    private final AfterSaleService afterSale;
    private final RateLimiter limits;

    MemberAfterSaleController(AfterSaleService afterSale, RateLimiter limits) {
        this.afterSale = afterSale;
        this.limits = limits;
    }

    @GetMapping("/orders/{orderId}/after-sale")
    String order(@AuthenticationPrincipal SignedInUser me, @PathVariable long orderId, Model model) {
        model.addAttribute("order", afterSale.forOrder(me.getId(), orderId));
        return ORDER;
    }

    @GetMapping("/orders/{orderId}/lines/{lineId}/refund")
    String initRequestForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long orderId,
                           @PathVariable long lineId, Model model) {
        model.addAttribute("refund", RefundForm.empty());
        return form(me, orderId, lineId, model);
    }

    @PostMapping("/orders/{orderId}/lines/{lineId}/refund")
    String processRequestForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long orderId,
                              @PathVariable long lineId, @Valid @ModelAttribute("refund") RefundForm form,
                              BindingResult result, Model model, HttpServletResponse response,
                              RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(me, orderId, lineId, model);
        }
        try {
            limits.attempt(RateLimit.REFUND_REQUESTS_PER_MEMBER, String.valueOf(me.getId()),
                    () -> afterSale.request(me.getId(), orderId, lineId, form.quantity(), form.reason(),
                            form.hasPhoto() ? bytes(form) : null));
        } catch (AfterSaleRejected e) {
            switch (e.code()) {
                case "aftersale.quantity-invalid", "aftersale.nothing-left" ->
                        result.rejectValue("quantity", e.code(), e.arguments(), null);
                case "aftersale.reason-invalid" -> result.rejectValue("reason", e.code(), e.arguments(), null);
                default -> result.reject(e.code(), e.arguments(), null);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(me, orderId, lineId, model);
        } catch (ImageRefused e) {
            result.rejectValue("photo", e.code(), e.arguments(), null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(me, orderId, lineId, model);
        } catch (RateLimited e) {
            result.reject("aftersale.throttled", new Object[] {e.minutes()}, null);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return form(me, orderId, lineId, model);
        }
        redirect.addFlashAttribute("message", "aftersale.requested");
        return "redirect:/orders/" + orderId + "/after-sale";
    }

    @GetMapping("/after-sale")
    String mine(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("requests", afterSale.mine(me.getId(), PageQuery.of(page)));
        return MINE;
    }

    @GetMapping("/after-sale/{id}/photo")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                 @RequestParam(defaultValue = "false") boolean thumbnail) {
        return Photos.serve(afterSale.photoForMember(me.getId(), id, thumbnail));
    }

    /** The order's line as the form shows it; a line that cannot be asked back is not found. */
    private String form(SignedInUser me, long orderId, long lineId, Model model) {
        OrderAfterSale order = afterSale.forOrder(me.getId(), orderId);
        model.addAttribute("order", order);
        model.addAttribute("line", order.lines().stream().filter(line -> line.lineId() == lineId).findFirst()
                .orElseThrow(() -> new NotFound("order line", lineId)));
        return FORM;
    }

    private static byte[] bytes(RefundForm form) {
        try {
            return form.photo().getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
