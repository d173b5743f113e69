package com.linli.persistence.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.commission.CommissionRule;
import com.linli.domain.commission.CommissionRules;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.commission.Rate;
import com.linli.domain.commission.RuleTerms;
import com.linli.persistence.testsupport.LockProbe;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

/**
 * Two rules of one scope and target are never in force at once: the exclusion constraint of V35, with
 * btree_gist, whoever inserts and however at once. Each test uses targets and days no other touches.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JpaCommissionRulesTests {

    private static final LocalDate FIRST = LocalDate.now().plusYears(3);

    @Autowired
    CommissionRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDatabaseRefusesARuleOverlappingOneOfTheSameScopeAndTargetAndAllowsItsNeighbours() {
        long target = target();
        rules.saveAndFlush(rule(CommissionScope.CATEGORY, target, FIRST, FIRST.plusDays(9)));

        assertThatThrownBy(() -> rules.saveAndFlush(rule(CommissionScope.CATEGORY, target, FIRST.plusDays(9), null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        rules.saveAndFlush(rule(CommissionScope.CATEGORY, target, FIRST.plusDays(10), null));
        rules.saveAndFlush(rule(CommissionScope.SUPPLIER, target, FIRST, null));
        rules.saveAndFlush(rule(CommissionScope.CATEGORY, target + 1, FIRST, null));

        assertThat(rules.findSameTarget(CommissionScope.CATEGORY, target)).hasSize(2);
    }

    @Test
    void thereIsOnePlatformDefaultAtATime() {
        var far = LocalDate.now().plusYears(9).withDayOfYear(100);
        rules.saveAndFlush(rule(CommissionScope.DEFAULT, null, far, far.plusDays(1)));

        assertThatThrownBy(() -> rules.saveAndFlush(rule(CommissionScope.DEFAULT, null, far.plusDays(1), far.plusDays(1))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(rules.findSameTarget(CommissionScope.DEFAULT, null))
                .anySatisfy(rule -> assertThat(rule.getFirstDay()).isEqualTo(far));
    }

    @Test
    void aSecondOverlappingRuleWaitsForTheFirstToCommitAndIsThenRefused() {
        long target = target();

        assertThatThrownBy(() -> new LockProbe(transactions, jdbc).secondWaitsForFirst(
                () -> rules.saveAndFlush(rule(CommissionScope.PRODUCT, target, FIRST, null)),
                () -> rules.saveAndFlush(rule(CommissionScope.PRODUCT, target, FIRST.plusDays(5), null))))
                .hasCauseInstanceOf(DataIntegrityViolationException.class);

        assertThat(rules.findSameTarget(CommissionScope.PRODUCT, target)).hasSize(1);
    }

    private long target() {
        return jdbc.sql("select nextval('commission_rules_seq')").query(Long.class).single();
    }

    /** Created as the domain creates it, "today" being long before the days it is for. */
    private static CommissionRule rule(CommissionScope scope, Long target, LocalDate first, LocalDate last) {
        return CommissionRule.create(new RuleTerms(scope, target, Rate.parsePercent("10"), first, last), Instant.now());
    }
}
