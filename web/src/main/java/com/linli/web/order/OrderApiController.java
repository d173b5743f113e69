package com.linli.web.order;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.linli.domain.order.LineStatus;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderLimits;
import com.linli.domain.order.OrderLine;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.order.PaymentStatus;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.PlainText;
import com.linli.web.api.Amount;
import com.linli.web.api.ApiController;
import com.linli.web.api.Idempotency;
import com.linli.web.api.PageView;
import com.linli.web.api.Paging;
import com.linli.web.api.ProblemType;
import com.linli.web.api.Refusals;
import com.linli.web.security.SignedInUser;

/**
 * A member's orders: 跟团, change, cancel and read, through the same service as the group-buy page.
 * Only the member's own orders exist here; anyone else's is not found.
 */
@ApiController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Place, change, cancel and read your orders")
class OrderApiController {

    private static final String KEY_DESCRIPTION = "Makes a retry safe: the same request with the same key within "
            + "24 hours gets the first answer without being done again; 1 to 100 visible ASCII characters, e.g. a UUID";

    private final OrderService orders;
    private final Idempotency idempotency;

    OrderApiController(OrderService orders, Idempotency idempotency) {
        this.orders = orders;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(summary = "Place an order (跟团)", description = "Several items of one group-buy in one order; "
            + "one order per member and group-buy, changed afterwards with PUT …/lines.")
    @ApiResponse(responseCode = "201", description = "Placed; Location names the order")
    @Refusals({ProblemType.NOT_FOUND, ProblemType.SOLD_OUT, ProblemType.LIMIT_EXCEEDED, ProblemType.CUTOFF_PASSED,
            ProblemType.STATE_CONFLICT, ProblemType.IDEMPOTENCY_KEY_REUSED})
    ResponseEntity<OrderView> place(@AuthenticationPrincipal SignedInUser me,
                                    @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = Idempotency.HEADER, required = false)
                                    @Pattern(regexp = Idempotency.KEY_PATTERN, message = "{api.idempotency-key.invalid}")
                                    @PlainText String key,
                                    @Valid @RequestBody PlaceOrderRequest body, HttpServletRequest request) {
        return idempotency.once(me, key, request, body, OrderView.class, () -> {
            var order = orders.place(me.getId(), new PlaceOrder(body.groupBuyId(), quantities(body.lines())));
            return ResponseEntity.created(URI.create("/api/v1/orders/" + order.getId())).body(OrderView.of(order));
        });
    }

    @GetMapping
    @Operation(summary = "List my orders", description = "Newest first.")
    PageView<OrderView> mine(@AuthenticationPrincipal SignedInUser me, @ParameterObject @Valid Paging paging) {
        return PageView.of(orders.mine(me.getId(), paging.query()), OrderView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show one of my orders", description = "With its pickup code once the group-buy succeeded.")
    @Refusals(ProblemType.NOT_FOUND)
    OrderView show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return OrderView.of(orders.mine(me.getId(), id));
    }

    @PutMapping("/{id}/lines")
    @Operation(summary = "Change my order's quantities", description = "The whole new set of lines, until the "
            + "cutoff: items left out (or at 0) are dropped, stock moves with it.")
    @Refusals({ProblemType.NOT_FOUND, ProblemType.SOLD_OUT, ProblemType.LIMIT_EXCEEDED, ProblemType.CUTOFF_PASSED,
            ProblemType.STATE_CONFLICT, ProblemType.IDEMPOTENCY_KEY_REUSED})
    ResponseEntity<OrderView> change(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                     @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = Idempotency.HEADER, required = false)
                                     @Pattern(regexp = Idempotency.KEY_PATTERN, message = "{api.idempotency-key.invalid}")
                                     @PlainText String key,
                                     @Valid @RequestBody ChangeLinesRequest body, HttpServletRequest request) {
        return idempotency.once(me, key, request, body, OrderView.class,
                () -> ResponseEntity.ok(OrderView.of(orders.change(me.getId(), id, quantities(body.lines())))));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel my order", description = "Until the cutoff; its units go back to stock.")
    @Refusals({ProblemType.NOT_FOUND, ProblemType.CUTOFF_PASSED, ProblemType.STATE_CONFLICT,
            ProblemType.IDEMPOTENCY_KEY_REUSED})
    ResponseEntity<OrderView> cancel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                     @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = Idempotency.HEADER, required = false)
                                     @Pattern(regexp = Idempotency.KEY_PATTERN, message = "{api.idempotency-key.invalid}")
                                     @PlainText String key,
                                     HttpServletRequest request) {
        return idempotency.once(me, key, request, null, OrderView.class,
                () -> ResponseEntity.ok(OrderView.of(orders.cancel(me.getId(), id))));
    }

    private static Map<Long, Integer> quantities(List<LineRequest> lines) {
        var quantities = new HashMap<Long, Integer>();
        lines.forEach(line -> quantities.put(line.itemId(), line.quantity()));
        return quantities;
    }

    @Schema(description = "Quantities of items of one group-buy")
    record PlaceOrderRequest(@Schema(example = "1001") @NotNull(message = "{validation.required}") Long groupBuyId,
                             @NotNull(message = "{validation.required}") @Size(min = 1, max = 50, message = "{api.order.lines.size}")
                             @EachItemOnce List<@NotNull(message = "{validation.required}") @Valid LineRequest> lines) {
    }

    @Schema(description = "The order's new quantities, all of them")
    record ChangeLinesRequest(@NotNull(message = "{validation.required}") @Size(min = 1, max = 50, message = "{api.order.lines.size}")
                              @EachItemOnce List<@NotNull(message = "{validation.required}") @Valid LineRequest> lines) {
    }

    @Schema(description = "A quantity of one item of the group-buy; 0 leaves the item out")
    record LineRequest(@Schema(example = "2001") @NotNull(message = "{validation.required}") Long itemId,
                       @Schema(example = "2") @NotNull(message = "{validation.required}")
                       @Min(value = 0, message = "{api.order.quantity.range}")
                       @Max(value = OrderLimits.CEILING, message = "{api.order.quantity.range}") Integer quantity) {
    }

    @Schema(description = "An order (订单): one member's in one group-buy")
    record OrderView(long id, long groupBuyId, long communityId, OrderStatus status, PaymentStatus paymentStatus,
                     @Schema(description = "Six digits to show at the pickup point, once the group-buy succeeded")
                     String pickupCode,
                     @Schema(description = "What the member pays: active lines, less what was short at delivery") Amount total,
                     Instant placedAt, List<LineView> lines) {

        static OrderView of(Order order) {
            return new OrderView(order.getId(), order.getGroupBuyId(), order.getCommunityId(), order.getStatus(),
                    order.getPaymentStatus(), order.getPickupCode(), Amount.of(order.getTotal()), order.getPlacedAt(),
                    order.getLines().stream().map(LineView::of).toList());
        }
    }

    @Schema(description = "A line of an order (订单明细)")
    record LineView(long itemId, String productName, String unit, int quantity,
                    @Schema(description = "Units that did not arrive and are not charged") int shortQuantity,
                    @Schema(description = "The group price when ordered") Amount unitPrice,
                    @Schema(description = "The (tier) price charged, once the cutoff set it") Amount finalUnitPrice,
                    Amount amount, LineStatus status) {

        static LineView of(OrderLine line) {
            return new LineView(line.getItemId(), line.getProductName(), line.getUnit(), line.getQuantity(),
                    line.getShortQuantity(), Amount.of(line.getUnitPrice()), Amount.of(line.getFinalUnitPrice()),
                    Amount.of(line.getAmount()), line.getStatus());
        }
    }
}
