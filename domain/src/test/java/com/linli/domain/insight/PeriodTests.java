package com.linli.domain.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.linli.domain.shared.Money;

class PeriodTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void presetsEndTodayAndDaysRunFromMidnightToMidnightInBeijing() {
        assertThat(Period.choose("", "", "", TODAY)).isEqualTo(new Period("30d", TODAY.minusDays(29), TODAY));
        assertThat(Period.choose("7d", "", "", TODAY).days()).isEqualTo(7);
        var today = Period.choose("today", "", "", TODAY);
        assertThat(today.start()).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(today.end()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
    }

    @Test
    void aCustomPeriodNeedsTwoDatesInOrderAndAtMost366Days() {
        assertThat(Period.choose("custom", " 2025-11-23 ", "2026-11-23", TODAY).days()).isEqualTo(366);
        assertThatThrownBy(() -> Period.choose("custom", "2025-11-22", "2026-11-23", TODAY))
                .hasMessageStartingWith("insight.period.tooLong");
        assertThatThrownBy(() -> Period.choose("custom", "2026-11-02", "2026-11-01", TODAY))
                .hasMessageStartingWith("insight.period.reversed");
        assertThatThrownBy(() -> Period.choose("custom", "", "2026-11-01", TODAY))
                .hasMessageStartingWith("insight.period.date");
        assertThatThrownBy(() -> Period.choose("custom", "2026-02-30", "2026-03-01", TODAY))
                .hasMessageStartingWith("insight.period.date");
        assertThatThrownBy(() -> Period.choose("forever", "", "", TODAY)).hasMessageStartingWith("insight.period.unknown");
    }

    @Test
    void averageOrderAndRatesRoundHalfEvenAndAreEmptyWithoutABase() {
        var figures = new Figures(Money.ofFen(11_567), 4, 2, 3, 4, 7, 7, 4, 1, 0, Money.ZERO, 0, Money.ZERO, Money.ZERO,
                Money.ZERO);
        assertThat(figures.averageOrder()).isEqualTo(Money.ofFen(2892));
        // ¥0.05 over two orders is ¥0.025: half-even to ¥0.02
        assertThat(new Figures(Money.ofFen(5), 2, 0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO, 0, Money.ZERO, Money.ZERO,
                Money.ZERO).averageOrder()).isEqualTo(Money.ofFen(2));
        assertThat(figures.successRate()).hasToString("66.7");
        var empty = new Figures(Money.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO, 0, Money.ZERO, Money.ZERO, Money.ZERO);
        assertThat(empty.averageOrder()).isEqualTo(Money.ZERO);
        assertThat(empty.successRate()).isNull();
        assertThat(empty.conversion()).isNull();
    }
}
