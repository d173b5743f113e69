package com.linli.web.fulfilment;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.linli.domain.order.OrderService;
import com.linli.domain.shared.NotFound;
import com.linli.web.security.SignedInUser;
import com.linli.web.shared.QrCode;

/** The member's pickup code as a QR code, for the leader's scanner; nobody else's order is found. */
@Controller
class PickupCodeController {

    private static final int QR_SIZE = 240;

    private final OrderService orders;

    PickupCodeController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/orders/{id}/pickup-code.png")
    ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        var code = orders.mine(me.getId(), id).getPickupCode();
        if (code == null) {
            throw new NotFound("pickup code", id);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCode.png(code, QR_SIZE));
    }
}
