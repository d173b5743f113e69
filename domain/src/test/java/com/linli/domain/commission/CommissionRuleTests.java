package com.linli.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CommissionRuleTests {

    /** 2026-11-20 10:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Rate TWELVE = Rate.parsePercent("12");

    @Test
    void aRuleIsInForceFromTheStartOfItsFirstDayToTheEndOfItsLastInBeijingTime() {
        var rule = CommissionRule.create(terms(CommissionScope.CATEGORY, 5L, TODAY, TODAY.plusDays(9)), NOW);

        assertThat(rule.isInForceAt(Instant.parse("2026-11-19T16:00:00Z"))).isTrue(); // 11-20 00:00 Beijing
        assertThat(rule.isInForceAt(Instant.parse("2026-11-19T15:59:59Z"))).isFalse();
        assertThat(rule.isInForceAt(Instant.parse("2026-11-29T15:59:59Z"))).isTrue(); // 11-29 23:59:59 Beijing
        assertThat(rule.isInForceAt(Instant.parse("2026-11-29T16:00:00Z"))).isFalse();
        assertThat(rule.getFirstDay()).isEqualTo(TODAY);
        assertThat(rule.getLastDay()).isEqualTo(TODAY.plusDays(9));
        assertThat(CommissionRule.create(terms(CommissionScope.DEFAULT, null, TODAY, null), NOW).getLastDay()).isNull();
    }

    @Test
    void everyScopeButTheDefaultNamesItsTarget() {
        assertThatThrownBy(() -> CommissionRule.create(terms(CommissionScope.PRODUCT, null, TODAY, null), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.target-required");
        assertThatThrownBy(() -> CommissionRule.create(terms(CommissionScope.DEFAULT, 3L, TODAY, null), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.target-not-allowed");
        assertThatThrownBy(() -> CommissionRule.create(terms(null, 3L, TODAY, null), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.scope-required");
    }

    @Test
    void aRuleNeitherStartsInThePastNorEndsBeforeItStartsNorReachesAbsurdlyFar() {
        assertThatThrownBy(() -> CommissionRule.create(terms(CommissionScope.LEADER, 7L, TODAY.minusDays(1), null), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.first-day-past");
        assertThatThrownBy(() -> CommissionRule.create(terms(CommissionScope.LEADER, 7L, null, null), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.first-day-past");
        assertThatThrownBy(() -> CommissionRule.create(terms(CommissionScope.LEADER, 7L, TODAY.plusDays(2),
                TODAY.plusDays(1)), NOW)).hasFieldOrPropertyWithValue("code", "commission.last-day-before-first");
        assertThatThrownBy(() -> CommissionRule.create(terms(CommissionScope.LEADER, 7L, TODAY.plusYears(11), null), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.first-day-too-far");
        assertThatThrownBy(() -> CommissionRule.create(terms(CommissionScope.LEADER, 7L, TODAY,
                LocalDate.of(9999, 12, 31)), NOW)).hasFieldOrPropertyWithValue("code", "commission.last-day-too-far");
        assertThat(CommissionRule.create(terms(CommissionScope.LEADER, 7L, TODAY, TODAY), NOW).isInForceAt(NOW)).isTrue();
    }

    @Test
    void rulesOfTheSameScopeAndTargetOverlapWhenSomeMomentHasBothInForce() {
        var october = CommissionRule.create(terms(CommissionScope.SUPPLIER, 3L, TODAY, TODAY.plusDays(10)), NOW);

        assertThat(october.overlaps(CommissionRule.create(terms(CommissionScope.SUPPLIER, 3L, TODAY.plusDays(10), null),
                NOW))).isTrue();
        assertThat(october.overlaps(CommissionRule.create(terms(CommissionScope.SUPPLIER, 3L, TODAY.plusDays(11), null),
                NOW))).isFalse();
        assertThat(october.overlaps(CommissionRule.create(terms(CommissionScope.SUPPLIER, 4L, TODAY, null), NOW)))
                .isFalse();
        assertThat(october.overlaps(CommissionRule.create(terms(CommissionScope.CATEGORY, 3L, TODAY, null), NOW)))
                .isFalse();
        var open = CommissionRule.create(terms(CommissionScope.DEFAULT, null, TODAY.plusDays(30), null), NOW);
        assertThat(open.overlaps(CommissionRule.create(terms(CommissionScope.DEFAULT, null, TODAY.plusYears(5), null),
                NOW))).isTrue();
    }

    @Test
    void aRuleIsEndedOnADayFromTodayOnButNotOnceItHasEnded() {
        var rule = CommissionRule.create(terms(CommissionScope.PRODUCT, 9L, TODAY, null), NOW);

        assertThatThrownBy(() -> rule.endOn(TODAY.minusDays(1), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.last-day-past");
        rule.endOn(TODAY.plusDays(3), NOW);
        assertThat(rule.getLastDay()).isEqualTo(TODAY.plusDays(3));
        rule.endOn(TODAY, NOW);
        assertThat(rule.getLastDay()).isEqualTo(TODAY);

        var later = NOW.plusSeconds(86_400 * 2);
        assertThatThrownBy(() -> rule.endOn(TODAY.plusDays(5), later))
                .hasFieldOrPropertyWithValue("code", "commission.rule-ended");
        var planned = CommissionRule.create(terms(CommissionScope.PRODUCT, 9L, TODAY.plusDays(10), null), NOW);
        assertThatThrownBy(() -> planned.endOn(TODAY.plusDays(5), NOW))
                .hasFieldOrPropertyWithValue("code", "commission.last-day-before-first");
    }

    private static RuleTerms terms(CommissionScope scope, Long target, LocalDate first, LocalDate last) {
        return new RuleTerms(scope, target, TWELVE, first, last);
    }
}
