package com.linli.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MoneyTests {

    @Test
    void parsesYuanAsPeopleTypeThem() {
        assertThat(Money.parseYuan("12")).isEqualTo(Money.ofFen(1200));
        assertThat(Money.parseYuan(" 12.5 ")).isEqualTo(Money.ofFen(1250));
        assertThat(Money.parseYuan("0.01")).isEqualTo(Money.ofFen(1));
        assertThat(Money.ofFen(1250).toYuan()).isEqualTo("12.50");
        assertThat(Money.ofFen(1250)).hasToString("¥12.50");
        assertThat(Money.ofFen(-100)).hasToString("-¥1.00");
    }

    @Test
    void refusesWhatIsNotAnAmountToTheFen() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parseYuan("12.345"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parseYuan("twelve"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parseYuan(""));
    }

    @Test
    void acceptsAmountsUpToAMillionYuan() {
        assertThat(Money.parseYuan("1000000")).isEqualTo(Money.ofFen(100_000_000));
        assertThat(Money.parseYuan("1000000.00")).isEqualTo(Money.ofFen(100_000_000));
        assertThat(Money.parseYuan("999999.99")).isEqualTo(Money.ofFen(99_999_999));
        assertThat(Money.parseYuan("007.5")).isEqualTo(Money.ofFen(750));
    }

    @Test
    void refusesAbsurdAmountsFastBeforeAnyArithmetic() {
        var started = System.nanoTime();
        for (var absurd : new String[] {"1e10000000", "1E999999999", "9".repeat(100_000), "1000000.01", "1000001",
                "-1", "+1", "1.", ".5", "1,000", "１２", "0x10", "NaN", "12.5e0"}) {
            assertThatIllegalArgumentException().as(absurd).isThrownBy(() -> Money.parseYuan(absurd));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void basisPointsRoundHalfEvenToTheFen() {
        assertThat(Money.ofFen(125).timesBasisPoints(1000)).isEqualTo(Money.ofFen(12)); // 12.5 → 12
        assertThat(Money.ofFen(135).timesBasisPoints(1000)).isEqualTo(Money.ofFen(14)); // 13.5 → 14
        assertThat(Money.ofFen(9999).timesBasisPoints(10_000)).isEqualTo(Money.ofFen(9999));
    }

    @Property
    void aRateIsWithinHalfAFenOfTheExactShare(@ForAll @LongRange(min = 0, max = 100_000_000) long fen,
                                              @ForAll @IntRange(min = 0, max = 10_000) int basisPoints) {
        var share = Money.ofFen(fen).timesBasisPoints(basisPoints);

        var exactTimesTenThousand = fen * basisPoints;
        assertThat(Math.abs(share.fen() * 10_000 - exactTimesTenThousand)).isLessThanOrEqualTo(5_000);
        assertThat(share.isNegative()).isFalse();
        assertThat(share.isGreaterThan(Money.ofFen(fen))).isFalse();
    }

    @Property
    void yuanTextRoundTrips(@ForAll @LongRange(min = 0, max = 100_000_000L) long fen) {
        assertThat(Money.parseYuan(Money.ofFen(fen).toYuan())).isEqualTo(Money.ofFen(fen));
    }
}
