package com.linli.domain.groupbuy;

import static com.linli.domain.groupbuy.GroupBuyFixtures.CUTOFF;
import static com.linli.domain.groupbuy.GroupBuyFixtures.NOW;
import static com.linli.domain.groupbuy.GroupBuyFixtures.PICKUP;
import static com.linli.domain.groupbuy.GroupBuyFixtures.details;
import static com.linli.domain.groupbuy.GroupBuyFixtures.item;
import static com.linli.domain.groupbuy.GroupBuyFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.linli.domain.shared.Money;

class GroupBuyTests {

    @Test
    void draftIsPublishedIntoAnOpenGroupBuyThatTakesOrdersUntilTheCutoff() {
        var groupBuy = GroupBuy.draft(7, 70, details(), List.of(item(1, "丑橘", 1990, 10, null, null)), NOW);
        assertThat(groupBuy.getStatus()).isEqualTo(GroupBuyStatus.DRAFT);
        assertThat(groupBuy.acceptsOrdersAt(NOW)).isFalse();

        groupBuy.publish(GroupBuyFixtures.supplies(groupBuy), NOW);

        assertThat(groupBuy.getStatus()).isEqualTo(GroupBuyStatus.OPEN);
        assertThat(groupBuy.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getSupplierId()).isEqualTo(3L);
            assertThat(item.getSupplyPrice()).isEqualTo(Money.ofFen(400));
        });
        assertThat(groupBuy.acceptsOrdersAt(CUTOFF.minusMillis(1))).isTrue();
        assertThat(groupBuy.acceptsOrdersAt(CUTOFF)).isFalse();
    }

    @Test
    void refusesACutoffInThePastAndAPickupDateNotAfterTheCutoff() {
        var items = List.of(item(1, "丑橘", 1990, 10, null, null));

        assertThatThrownBy(() -> GroupBuy.draft(7, 70,
                new GroupBuyDetails("t", "", NOW.minusSeconds(1), PICKUP), items, NOW))
                .hasFieldOrPropertyWithValue("code", "groupbuy.cutoff-in-past");
        assertThatThrownBy(() -> GroupBuy.draft(7, 70,
                new GroupBuyDetails("t", "", CUTOFF, PICKUP.minusDays(1)), items, NOW))
                .hasFieldOrPropertyWithValue("code", "groupbuy.pickup-before-cutoff");
    }

    @Test
    void refusesPricesOutsideTheCatalogBoundsAndBadThresholdsLimitsAndTiers() {
        assertCode(item(1, "丑橘", 499, 10, null, null), "groupbuy.price-out-of-bounds");
        assertCode(item(1, "丑橘", 5001, 10, null, null), "groupbuy.price-out-of-bounds");
        assertCode(item(1, "丑橘", 1990, 0, null, null), "groupbuy.threshold-invalid");
        assertCode(item(1, "丑橘", 1990, 10, 9, null), "groupbuy.stock-below-threshold");
        assertCode(item(1, "丑橘", 1990, 10, null, 0), "groupbuy.limit-invalid");
        assertCode(item(1, "丑橘", 1990, 10, null, null, tier(20, 1990)), "groupbuy.tiers-invalid");
        assertCode(item(1, "丑橘", 1990, 10, null, null, tier(20, 499)), "groupbuy.tiers-invalid");
        assertCode(item(1, "丑橘", 1990, 10, null, null, tier(20, 1800), tier(30, 1850)), "groupbuy.tiers-invalid");
    }

    @Test
    void theLeadersNumbersStayWithinSaneMaxima() {
        int max = GroupBuyItem.MAX_UNITS;
        assertCode(item(1, "丑橘", 1990, max + 1, null, null), "groupbuy.threshold-invalid");
        assertCode(item(1, "丑橘", 1990, 10, max + 1, null), "groupbuy.stock-too-large");
        assertCode(item(1, "丑橘", 1990, 10, null, max + 1), "groupbuy.limit-invalid");
        assertCode(item(1, "丑橘", 1990, 10, null, null, tier(max + 1, 1800)), "groupbuy.tier-too-large");
        assertThat(open(item(1, "丑橘", 1990, max, max, max, tier(max, 1800))).item(1).getStockLimit()).isEqualTo(max);
    }

    @Test
    void theExactThresholdSucceedsAndOneShortFails() {
        var groupBuy = open(item(1, "丑橘", 1990, 10, null, null), item(2, "土鸡蛋", 2500, 5, null, null));

        groupBuy.close(Map.of(1L, 10, 2L, 4), CUTOFF);

        assertThat(groupBuy.getStatus()).isEqualTo(GroupBuyStatus.CLOSED);
        assertThat(groupBuy.item(1).getOutcome()).isEqualTo(ItemOutcome.SUCCEEDED);
        assertThat(groupBuy.item(1).getFinalPrice()).isEqualTo(Money.ofFen(1990));
        assertThat(groupBuy.item(2).getOutcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(groupBuy.pullEvents()).containsExactly(new GroupBuyClosed(100, 7, CUTOFF));
    }

    @Test
    void tiersPickThePriceOfTheFinalTotal() {
        var groupBuy = open(item(1, "丑橘", 1990, 10, null, null, tier(20, 1800), tier(50, 1600)));
        var item = groupBuy.item(1);

        assertThat(item.unitPriceAt(19)).isEqualTo(Money.ofFen(1990));
        assertThat(item.unitPriceAt(20)).isEqualTo(Money.ofFen(1800));
        assertThat(item.unitPriceAt(49)).isEqualTo(Money.ofFen(1800));
        assertThat(item.unitPriceAt(50)).isEqualTo(Money.ofFen(1600));
        assertThat(item.nextTier(25)).isEqualTo(tier(50, 1600));
        assertThat(item.nextTier(50)).isNull();

        groupBuy.close(Map.of(1L, 27), CUTOFF);
        assertThat(item.getFinalPrice()).isEqualTo(Money.ofFen(1800));
    }

    @Test
    void closesOnceAndOnlyWhenOpen() {
        var groupBuy = open(item(1, "丑橘", 1990, 1, null, null));
        groupBuy.close(Map.of(1L, 1), CUTOFF);

        assertThatThrownBy(() -> groupBuy.close(Map.of(1L, 1), CUTOFF.plus(Duration.ofMinutes(1))))
                .hasFieldOrPropertyWithValue("code", "groupbuy.wrong-status");
    }

    @Test
    void leaderCancelsOnlyWhileNoOrderHoldsIt() {
        var held = open(item(1, "丑橘", 1990, 1, null, null));
        assertThatThrownBy(() -> held.cancelByLeader(true, NOW))
                .hasFieldOrPropertyWithValue("code", "groupbuy.cancel-has-orders");

        held.cancelByLeader(false, NOW);
        assertThat(held.getStatus()).isEqualTo(GroupBuyStatus.CANCELLED);
    }

    @Test
    void anOpenGroupBuyCannotBeRevised() {
        var groupBuy = open(item(1, "丑橘", 1990, 1, null, null));

        assertThatThrownBy(() -> groupBuy.revise(details(), List.of(item(1, "丑橘", 1500, 1, null, null)), NOW))
                .hasFieldOrPropertyWithValue("code", "groupbuy.wrong-status");
        assertThat(groupBuy.item(1).getPrice()).isEqualTo(Money.ofFen(1990));
    }

    @Test
    void isReadyOnceItsGoodsArrivedAndCompletesOnlyAfterThePickupWindow() {
        var groupBuy = open(item(1, "丑橘", 1990, 1, null, null));
        groupBuy.close(Map.of(1L, 2), CUTOFF);
        assertThatThrownBy(() -> groupBuy.goodsArrived(CUTOFF))
                .hasFieldOrPropertyWithValue("code", "groupbuy.wrong-status");

        GroupBuyFixtures.set(groupBuy, "status", GroupBuyStatus.DELIVERING); // as shipping its purchase order leaves it
        groupBuy.goodsArrived(CUTOFF);
        assertThat(groupBuy.getStatus()).isEqualTo(GroupBuyStatus.READY);

        assertThatThrownBy(() -> groupBuy.complete(PICKUP.plusDays(3), 3, CUTOFF))
                .hasFieldOrPropertyWithValue("code", "groupbuy.pickup-window-open");
        groupBuy.complete(PICKUP.plusDays(4), 3, CUTOFF);
        assertThat(groupBuy.getStatus()).isEqualTo(GroupBuyStatus.COMPLETED);
    }

    private static PriceTier tier(int minQuantity, long fen) {
        return new PriceTier(minQuantity, Money.ofFen(fen));
    }

    private static void assertCode(ItemSpec spec, String code) {
        assertThatThrownBy(() -> GroupBuy.draft(7, 70, details(), List.of(spec), NOW))
                .isInstanceOf(InvalidGroupBuy.class).hasFieldOrPropertyWithValue("code", code);
    }
}
