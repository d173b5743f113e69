package com.linli.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditEntryTests {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void entryNamesTheActorTheActionAndTheKindOfRecordItActsOn() {
        var entry = AuditEntry.of(new Actor(7, "admin"), AuditAction.LEADER_SUSPENDED, 42, " 翡翠城 ", NOW);

        assertThat(entry.getActorId()).isEqualTo(7);
        assertThat(entry.getActorUsername()).isEqualTo("admin");
        assertThat(entry.getTargetType()).isEqualTo(AuditTarget.LEADER);
        assertThat(entry.getTargetId()).isEqualTo(42);
        assertThat(entry.getSummary()).isEqualTo("翡翠城");
        assertThat(entry.getOccurredAt()).isEqualTo(NOW);
    }

    @Test
    void platformWorkHasNoActor() {
        var entry = AuditEntry.of(null, AuditAction.SUPPLIER_CREATED, 1, "青岛海鲜", NOW);

        assertThat(entry.getActorId()).isNull();
        assertThat(entry.getActorUsername()).isNull();
    }

    @Test
    void longSummaryIsCutToFitRatherThanRefusingTheAction() {
        var reason = "原".repeat(AuditEntry.SUMMARY_LENGTH + 100);

        var entry = AuditEntry.of(null, AuditAction.LEADER_APPLICATION_REJECTED, 1, reason, NOW);

        assertThat(entry.getSummary()).hasSize(AuditEntry.SUMMARY_LENGTH).endsWith("…");
        assertThat(AuditEntry.of(null, AuditAction.SUPPLIER_EDITED, 1, null, NOW).getSummary()).isEmpty();
    }
}
