package com.linli.web.groupbuy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyItem;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.groupbuy.GroupBuyStatus;
import com.linli.domain.groupbuy.ItemOutcome;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.web.api.Amount;
import com.linli.web.api.ApiController;
import com.linli.web.api.PageView;
import com.linli.web.api.Paging;
import com.linli.web.api.ProblemType;
import com.linli.web.api.Refusals;
import com.linli.web.security.SignedInUser;

/** The offers: a community's group-buys and one group-buy's items, as its members see them. */
@ApiController
@RequestMapping("/api/v1")
@Tag(name = "Group-buys", description = "What a community's members can order")
class GroupBuyApiController {

    private final GroupBuyService groupBuys;
    private final Clock clock;

    GroupBuyApiController(GroupBuyService groupBuys, Clock clock) {
        this.groupBuys = groupBuys;
        this.clock = clock;
    }

    @GetMapping("/communities/{id}/group-buys")
    @Operation(summary = "List a community's group-buys", description = "For its members: open ones first by "
            + "cutoff, then the closed ones, latest first; none while the community is suspended.")
    @Refusals({ProblemType.FORBIDDEN, ProblemType.NOT_FOUND})
    PageView<GroupBuyView> list(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                @Parameter(description = "Only group-buys of this status; all a member sees when absent")
                                @RequestParam(required = false) GroupBuyStatus status,
                                @ParameterObject @Valid Paging paging) {
        return PageView.of(groupBuys.offersIn(me.getId(), id, status, paging.query()), this::view);
    }

    @GetMapping("/group-buys/{id}")
    @Operation(summary = "Show a group-buy", description = "Its items with price, tiers, threshold, stock limit, "
            + "sold and remaining; for members of its community.")
    @Refusals({ProblemType.FORBIDDEN, ProblemType.NOT_FOUND, ProblemType.STATE_CONFLICT})
    GroupBuyView show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return view(groupBuys.offer(me.getId(), id));
    }

    private GroupBuyView view(GroupBuy groupBuy) {
        return new GroupBuyView(groupBuy.getId(), groupBuy.getCommunityId(), groupBuy.getTitle(), groupBuy.getPitch(),
                groupBuy.getStatus(), groupBuy.acceptsOrdersAt(clock.instant()), groupBuy.getClosesAt(),
                groupBuy.getPickupDate(), groupBuy.getItems().stream().map(ItemView::of).toList());
    }

    @Schema(description = "A group-buy (团购)")
    record GroupBuyView(long id, long communityId, String title, String pitch, GroupBuyStatus status,
                        @Schema(description = "Whether members can order, change and cancel now") boolean acceptsOrders,
                        @Schema(description = "The cutoff (截单)") Instant closesAt, LocalDate pickupDate,
                        List<ItemView> items) {
    }

    @Schema(description = "An item of a group-buy (团购商品)")
    record ItemView(long id, long productId, String productName, String unit,
                    @Schema(description = "The group price") Amount price,
                    @Schema(description = "Lower prices once the total sold reaches a quantity (阶梯价)") List<TierView> tiers,
                    @Schema(description = "Units to sell for the item to succeed (成团数量)") int threshold,
                    @Schema(description = "Units for sale; null when unlimited") Integer stockLimit,
                    @Schema(description = "Units one member may order; null when unlimited") Integer perMemberLimit,
                    int sold,
                    @Schema(description = "Units left; null when unlimited") Integer remaining,
                    @Schema(description = "PENDING until the cutoff decides") ItemOutcome outcome,
                    @Schema(description = "The price every unit is charged, once the cutoff set it") Amount finalPrice) {

        static ItemView of(GroupBuyItem item) {
            return new ItemView(item.getId(), item.getProductId(), item.getProductName(), item.getUnit(),
                    Amount.of(item.getPrice()), item.getTiers().stream().map(TierView::of).toList(),
                    item.getThreshold(), item.getStockLimit(), item.getPerMemberLimit(), item.getSold(),
                    item.getRemaining(), item.getOutcome(), Amount.of(item.getFinalPrice()));
        }
    }

    @Schema(description = "From minQuantity units sold in total, every unit costs price")
    record TierView(int minQuantity, Amount price) {

        static TierView of(PriceTier tier) {
            return new TierView(tier.minQuantity(), Amount.of(tier.price()));
        }
    }
}
