package com.linli.web.fulfilment;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

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

import com.linli.domain.fulfilment.DeliveryService;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;

/** 到货签收: the deliveries coming to the leader's pickup point, signed for with what actually arrived. */
@Controller
@RequestMapping("/leader/deliveries")
class LeaderDeliveryController {

    private static final String LIST = "fulfilment/leader-deliveries";
    private static final Pattern RECEIVED_FIELD = Pattern.compile("received\\[(\\d{1,18})]");
    private static final Pattern QUANTITY = Pattern.compile("\\d{1,6}");

    private final DeliveryService deliveries;

    LeaderDeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    ModelAndView list(@AuthenticationPrincipal SignedInUser me) {
        return new ModelAndView(LIST, "deliveries", deliveries.ofLeader(me.getId()));
    }

    /** The form posts {@code received[lineId]=quantity} per line, prefilled with what was shipped. */
    @PostMapping("/{id}/sign")
    ModelAndView sign(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                      @RequestParam Map<String, @PlainText String> form, RedirectAttributes redirect) {
        try {
            var shortages = deliveries.sign(me.getId(), id, received(form));
            redirect.addFlashAttribute("message",
                    shortages.isEmpty() ? "fulfilment.delivery.signed" : "fulfilment.delivery.signed-short");
            return new ModelAndView("redirect:/leader/deliveries");
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            var page = list(me);
            page.addObject("rejection", e);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }

    /** Whatever is not a whole number of units is as invalid as a negative one, and refused by the delivery. */
    private static Map<Long, Integer> received(Map<String, String> form) {
        var received = new HashMap<Long, Integer>();
        form.forEach((name, value) -> {
            var field = RECEIVED_FIELD.matcher(name);
            if (field.matches()) {
                var quantity = value == null ? "" : value.strip();
                received.put(Long.valueOf(field.group(1)), QUANTITY.matcher(quantity).matches()
                        ? Integer.parseInt(quantity) : -1);
            }
        });
        return received;
    }
}
