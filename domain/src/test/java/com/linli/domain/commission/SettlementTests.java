package com.linli.domain.commission;

import static com.linli.domain.groupbuy.GroupBuyFixtures.NOW;
import static com.linli.domain.groupbuy.GroupBuyFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.linli.domain.shared.Money;

class SettlementTests {

    @Test
    void aDraftIsApprovedThenPaidWithTheTransfersReference() {
        var settlement = draft();
        assertThatThrownBy(() -> settlement.markPaid(1, "CMB-1", NOW))
                .hasFieldOrPropertyWithValue("code", "commission.settlement.wrong-status");

        settlement.approve(1, NOW);
        assertThatThrownBy(() -> settlement.approve(1, NOW))
                .hasFieldOrPropertyWithValue("code", "commission.settlement.wrong-status");
        settlement.markPaid(1, "  CMB-20261120-7  ", NOW);

        assertThat(settlement.getStatus()).isEqualTo(SettlementStatus.PAID);
        assertThat(settlement.getPaymentReference()).isEqualTo("CMB-20261120-7");
        assertThatThrownBy(() -> settlement.markPaid(1, "again", NOW))
                .hasFieldOrPropertyWithValue("code", "commission.settlement.wrong-status");
    }

    @Test
    void paidNeedsAReferenceThatFits() {
        var settlement = draft();
        settlement.approve(1, NOW);

        for (var bad : new String[] {null, "", "   ", "x".repeat(65)}) {
            assertThatThrownBy(() -> settlement.markPaid(1, bad, NOW))
                    .hasFieldOrPropertyWithValue("code", "commission.settlement.reference-invalid");
        }
        assertThat(settlement.getStatus()).isEqualTo(SettlementStatus.APPROVED);
    }

    /** As the set-based statement that makes drafts leaves one. */
    private static Settlement draft() {
        var settlement = new Settlement();
        set(settlement, "id", 3L);
        set(settlement, "periodStart", LocalDate.of(2026, 10, 1));
        set(settlement, "status", SettlementStatus.DRAFT);
        set(settlement, "total", Money.ofFen(12_345));
        return settlement;
    }
}
