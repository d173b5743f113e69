package com.linli.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.linli.domain.shared.Money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RateTests {

    @Test
    void percentagesAreReadAsPeopleTypeThemAndShownAsPercentages() {
        assertThat(Rate.parsePercent("12.5").basisPoints()).isEqualTo(1250);
        assertThat(Rate.parsePercent(" 8 ").basisPoints()).isEqualTo(800);
        assertThat(Rate.parsePercent("0.25").basisPoints()).isEqualTo(25);
        assertThat(Rate.parsePercent("100").basisPoints()).isEqualTo(10_000);
        assertThat(Rate.parsePercent("0").basisPoints()).isZero();
        assertThat(new Rate(1250)).hasToString("12.5%");
        assertThat(new Rate(1000)).hasToString("10%");
        assertThat(new Rate(0)).hasToString("0%");
        assertThat(new Rate(5)).hasToString("0.05%");
    }

    @Test
    void ratesOverAHundredPercentNegativeOrUnreadableAreRefused() {
        for (var bad : new String[] {"100.01", "101", "999", "-1", "12.345", "1e3", "12,5", "", "abc", "１２"}) {
            assertThatThrownBy(() -> Rate.parsePercent(bad)).as(bad)
                    .isInstanceOf(CommissionRejected.class).hasFieldOrPropertyWithValue("code", "commission.rate-invalid");
        }
        assertThatThrownBy(() -> Rate.parsePercent(null)).isInstanceOf(CommissionRejected.class);
        assertThatThrownBy(() -> new Rate(10_001)).isInstanceOf(CommissionRejected.class);
        assertThatThrownBy(() -> new Rate(-1)).isInstanceOf(CommissionRejected.class);
    }

    @Test
    void commissionRoundsHalfEvenToTheFen() {
        assertThat(new Rate(1000).of(Money.ofFen(2995))).isEqualTo(Money.ofFen(300)); // 299.5 → 300
        assertThat(new Rate(1000).of(Money.ofFen(2985))).isEqualTo(Money.ofFen(298)); // 298.5 → 298
        assertThat(new Rate(1250).of(Money.ofFen(2997))).isEqualTo(Money.ofFen(375)); // 374.625 → 375
    }

    @Property
    void moreAmountNeverEarnsLessAndNeverMoreThanTheAmount(@ForAll @LongRange(max = 100_000_000) long fen,
                                                           @ForAll @LongRange(max = 1_000) long more,
                                                           @ForAll @IntRange(max = Rate.MAX) int basisPoints) {
        var rate = new Rate(basisPoints);
        assertThat(rate.of(Money.ofFen(fen + more))).isGreaterThanOrEqualTo(rate.of(Money.ofFen(fen)));
        assertThat(rate.of(Money.ofFen(fen))).isLessThanOrEqualTo(Money.ofFen(fen));
    }
}
