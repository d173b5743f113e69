package com.linli.web.fulfilment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.linli.domain.fulfilment.PickupOrder;
import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.order.ChainEntry;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.PlainText;
import com.linli.web.api.Amount;
import com.linli.web.api.ApiController;
import com.linli.web.api.PageView;
import com.linli.web.api.Paging;
import com.linli.web.api.ProblemType;
import com.linli.web.api.Refusals;
import com.linli.web.security.SignedInUser;

/** A leader's pickup point: verifying pickup codes (核销) and the live order list of their group-buys. */
@ApiController
@RequestMapping("/api/v1/leader")
@Tag(name = "Leaders", description = "For the leader of a pickup point")
class LeaderApiController {

    private final PickupService pickups;
    private final OrderService orders;

    LeaderApiController(PickupService pickups, OrderService orders) {
        this.pickups = pickups;
        this.orders = orders;
    }

    /** As the pickup desk's hand-over: wrong codes count against the leader's attempts. */
    @PostMapping("/pickups")
    @Operation(summary = "Hand an order over by its pickup code (核销)", description = "The order waiting at your "
            + "pickup point with this code is picked up and, paying at pickup, paid. Wrong codes are limited per leader.")
    @Refusals({ProblemType.FORBIDDEN, ProblemType.NOT_FOUND, ProblemType.STATE_CONFLICT, ProblemType.RATE_LIMITED})
    PickupView pickUp(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody PickupRequest body) {
        return PickupView.of(pickups.handOver(me.getId(), body.pickupCode()));
    }

    @GetMapping("/group-buys/{id}/orders")
    @Operation(summary = "List a group-buy's orders (接龙)", description = "Of your own group-buys, in joining "
            + "order, with your members' names and phones; cancelled orders left out.")
    @Refusals({ProblemType.FORBIDDEN, ProblemType.NOT_FOUND})
    PageView<ChainEntryView> orders(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                    @ParameterObject @Valid Paging paging) {
        return PageView.of(orders.chainForLeader(me.getId(), id, paging.query()), ChainEntryView::of);
    }

    @Schema(description = "The code the member shows")
    record PickupRequest(@Schema(example = "483920") @NotBlank(message = "{validation.required}")
                         @Size(max = 20, message = "{fulfilment.pickup.code-malformed}") @PlainText String pickupCode) {
    }

    @Schema(description = "The order handed over, and what was collected for it (到店付)")
    record PickupView(long orderId, OrderStatus status, String memberName, String phone, String groupBuyTitle,
                      LocalDate pickupDate, Amount collected,
                      @Schema(description = "Not charged: units that did not arrive") Amount shortage,
                      List<PickupLineView> lines) {

        static PickupView of(PickupOrder order) {
            return new PickupView(order.orderId(), OrderStatus.PICKED_UP, order.memberName(), order.phone(),
                    order.groupBuyTitle(), order.pickupDate(), Amount.of(order.amountToCollect()),
                    Amount.of(order.shortageAmount()), order.lines().stream().map(PickupLineView::of).toList());
        }
    }

    record PickupLineView(String productName, String unit, int quantity, int shortQuantity, int collected,
                          Amount amount) {

        static PickupLineView of(PickupOrder.Line line) {
            return new PickupLineView(line.productName(), line.unit(), line.quantity(), line.shortQuantity(),
                    line.collected(), Amount.of(line.amount()));
        }
    }

    @Schema(description = "An order in the 接龙 list, numbered in joining order")
    record ChainEntryView(int number, long orderId, String name, String phone, OrderStatus status,
                          List<ChainLineView> lines) {

        static ChainEntryView of(ChainEntry entry) {
            return new ChainEntryView(entry.number(), entry.orderId(), entry.name(), entry.phone(), entry.status(),
                    entry.quantities().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(line -> new ChainLineView(line.getKey(), line.getValue())).toList());
        }
    }

    record ChainLineView(long itemId, int quantity) {
    }
}
