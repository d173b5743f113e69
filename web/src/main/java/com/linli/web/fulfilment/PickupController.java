package com.linli.web.fulfilment;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;

/**
 * 核销 at the counter: the leader types or scans the member's code, sees the order and the amount to
 * collect, and hands it over. The code travels in the body of a post, never in an address that logs
 * and browser histories keep.
 */
@Controller
@RequestMapping("/leader/pickups")
class PickupController {

    private static final String DESK = "fulfilment/leader-pickups";
    private static final String REDIRECT_TO_DESK = "redirect:/leader/pickups";

    private final PickupService pickups;

    PickupController(PickupService pickups) {
        this.pickups = pickups;
    }

    @GetMapping
    ModelAndView desk(@AuthenticationPrincipal SignedInUser me) {
        return new ModelAndView(DESK, "desk", pickups.desk(me.getId()));
    }

    @PostMapping("/verify")
    ModelAndView verify(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") @PlainText String code) {
        try {
            var page = new ModelAndView(DESK, "order", pickups.find(me.getId(), code));
            page.addObject("code", code.strip());
            return page;
        } catch (DomainException e) {
            return rejected(e);
        }
    }

    @PostMapping("/hand-over")
    ModelAndView handOver(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") @PlainText String code,
                          RedirectAttributes redirect) {
        try {
            var order = pickups.handOver(me.getId(), code);
            // flash attributes live in the session store: plain strings only
            redirect.addFlashAttribute("handedOverTo", order.memberName());
            redirect.addFlashAttribute("collected", order.amountToCollect().toString());
            return new ModelAndView(REDIRECT_TO_DESK);
        } catch (DomainException e) {
            return rejected(e);
        }
    }

    @PostMapping("/{orderId}/collected-late")
    String collectedLate(@AuthenticationPrincipal SignedInUser me, @PathVariable long orderId,
                         RedirectAttributes redirect) {
        pickups.collectLate(me.getId(), orderId);
        redirect.addFlashAttribute("message", "fulfilment.pickup.collected-late");
        return REDIRECT_TO_DESK;
    }

    @PostMapping("/{orderId}/returned")
    String returned(@AuthenticationPrincipal SignedInUser me, @PathVariable long orderId, RedirectAttributes redirect) {
        pickups.returnUnclaimed(me.getId(), orderId);
        redirect.addFlashAttribute("message", "fulfilment.pickup.returned");
        return REDIRECT_TO_DESK;
    }

    /** The code form again, saying why; only the code was looked up, so the answer stays quick. */
    private static ModelAndView rejected(DomainException rejection) {
        var page = new ModelAndView(DESK, "rejection", rejection);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }
}
