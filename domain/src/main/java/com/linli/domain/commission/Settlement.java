package com.linli.domain.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.linli.domain.shared.Money;

/**
 * 结算单: what one leader is paid for one period, {@code DRAFT → APPROVED → PAID}. Drafts are made
 * many at once by {@link SettlementDrafts}, each from all of its leader's entries not settled yet up
 * to the period's end; its entries and total never change after that, and the database keeps a paid
 * settlement as it was paid.
 */
@Entity
@Table(name = "settlements")
public class Settlement {

    /** Bank transfer numbers and the like; nobody needs more. */
    static final int REFERENCE_LENGTH = 64;

    /** Assigned by the set-based statement that makes drafts; never inserted from here. */
    @Id
    private Long id;

    private long leaderId;

    private LocalDate periodStart;

    @Enumerated(EnumType.STRING)
    private SettlementStatus status;

    private Money total;

    private int entryCount;

    private Instant createdAt;

    private Long createdBy;

    private Instant approvedAt;

    private Long approvedBy;

    private Instant paidAt;

    private Long paidBy;

    private String paymentReference;

    @Version
    private long version;

    protected Settlement() {
    }

    /** Reviewed and found right: it may be paid. */
    public void approve(long adminId, Instant now) {
        requireStatus(SettlementStatus.DRAFT);
        status = SettlementStatus.APPROVED;
        approvedAt = now;
        approvedBy = adminId;
    }

    /** Paid to the leader, with the transfer's reference for whoever checks it later. */
    public void markPaid(long adminId, String reference, Instant now) {
        requireStatus(SettlementStatus.APPROVED);
        var text = reference == null ? "" : reference.strip();
        if (text.isEmpty() || text.length() > REFERENCE_LENGTH) {
            throw new CommissionRejected("commission.settlement.reference-invalid", REFERENCE_LENGTH);
        }
        status = SettlementStatus.PAID;
        paidAt = now;
        paidBy = adminId;
        paymentReference = text;
    }

    private void requireStatus(SettlementStatus required) {
        if (status != required) {
            throw new CommissionRejected("commission.settlement.wrong-status", status);
        }
    }

    public Long getId() {
        return id;
    }

    public long getLeaderId() {
        return leaderId;
    }

    public YearMonth getPeriod() {
        return YearMonth.from(periodStart);
    }

    public SettlementStatus getStatus() {
        return status;
    }

    public Money getTotal() {
        return total;
    }

    public int getEntryCount() {
        return entryCount;
    }

    public String getPaymentReference() {
        return paymentReference;
    }
}
