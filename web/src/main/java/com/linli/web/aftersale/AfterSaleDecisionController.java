package com.linli.web.aftersale;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.aftersale.AfterSaleRejected;
import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.aftersale.RefundRow;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;

/**
 * 售后 decisions on one page at two addresses: a leader sees and decides the requests of their own
 * pickup point, an admin those of every point. Approve (a reason is optional) or reject (a reason is
 * required, the member reads it).
 */
@Controller
class AfterSaleDecisionController {

    private static final String LIST = "aftersale/decisions";
    private static final String LEADER = "/leader/after-sale";
    private static final String ADMIN = "/admin/after-sale";

    private final AfterSaleService afterSale;

    AfterSaleDecisionController(AfterSaleService afterSale) {
        this.afterSale = afterSale;
    }

    @GetMapping(LEADER)
    String leaderList(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "false") boolean decided,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        return page(model, LEADER, decided, afterSale.ofPoint(me.getId(), !decided, PageQuery.of(page)));
    }

    @GetMapping(ADMIN)
    String adminList(@RequestParam(defaultValue = "false") boolean decided, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        return page(model, ADMIN, decided, afterSale.all(!decided, PageQuery.of(page)));
    }

    @PostMapping(LEADER + "/{id}/{decision:approve|reject}")
    String leaderDecides(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable @PlainText String decision,
                         @RequestParam(defaultValue = "") @PlainText(multiline = true) String reason, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return decide(LEADER, id, decision, reason, approve -> {
            if (approve) {
                afterSale.approveAsLeader(me.getId(), id, reason);
            } else {
                afterSale.rejectAsLeader(me.getId(), id, reason);
            }
        }, () -> afterSale.ofPoint(me.getId(), true, PageQuery.of(0)), model, response, redirect);
    }

    @PostMapping(ADMIN + "/{id}/{decision:approve|reject}")
    String adminDecides(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable @PlainText String decision,
                        @RequestParam(defaultValue = "") @PlainText(multiline = true) String reason, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        return decide(ADMIN, id, decision, reason, approve -> {
            if (approve) {
                afterSale.approveAsAdmin(me.getId(), id, reason);
            } else {
                afterSale.rejectAsAdmin(me.getId(), id, reason);
            }
        }, () -> afterSale.all(true, PageQuery.of(0)), model, response, redirect);
    }

    @GetMapping(LEADER + "/{id}/photo")
    ResponseEntity<byte[]> leaderPhoto(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                       @RequestParam(defaultValue = "false") boolean thumbnail) {
        return Photos.serve(afterSale.photoForLeader(me.getId(), id, thumbnail));
    }

    @GetMapping(ADMIN + "/{id}/photo")
    ResponseEntity<byte[]> adminPhoto(@PathVariable long id, @RequestParam(defaultValue = "false") boolean thumbnail) {
        return Photos.serve(afterSale.photoForAdmin(id, thumbnail));
    }

    /** A refused decision brings the waiting list back, the reason typed kept and the message under the request. */
    private static String decide(String base, long id, String decision, String reason, Consumer<Boolean> decider,
                                 Supplier<Paged<RefundRow>> waiting, Model model, HttpServletResponse response,
                                 RedirectAttributes redirect) {
        var approve = decision.equals("approve");
        try {
            decider.accept(approve);
        } catch (AfterSaleRejected e) {
            model.addAttribute("rejection", e);
            model.addAttribute("rejectedId", id);
            model.addAttribute("reason", reason);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, base, false, waiting.get());
        }
        redirect.addFlashAttribute("message", approve ? "aftersale.approved" : "aftersale.rejected");
        return "redirect:" + base;
    }

    /** @param base where the page lives and its decisions are posted */
    private static String page(Model model, String base, boolean decided, Paged<RefundRow> requests) {
        model.addAttribute("base", base);
        model.addAttribute("decided", decided);
        model.addAttribute("requests", requests);
        return LIST;
    }
}
