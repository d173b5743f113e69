package com.linli.domain.commission;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/**
 * 结算 for admins: drafts per leader for a month, reviewed, approved and marked paid. Audited. A
 * month may be settled while it runs (what is recorded until then); what comes after goes into the
 * next month's settlement, as does any entry a settlement left behind.
 */
@Service
@Transactional
public class SettlementService {

    /** No settlement can be about a month before Linli. */
    static final YearMonth FIRST_PERIOD = YearMonth.of(2020, 1);

    private final SettlementDrafts drafts;
    private final Settlements settlements;
    private final SettlementViews views;
    private final AuditLog audit;
    private final Clock clock;

    SettlementService(SettlementDrafts drafts, Settlements settlements, SettlementViews views, AuditLog audit,
                      Clock clock) {
        this.drafts = drafts;
        this.settlements = settlements;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A draft for the month for every leader with unsettled entries up to its end.
     *
     * @return the drafts made; none when every leader with entries has one for the month already
     */
    public List<SettlementDrafts.Draft> create(long adminId, YearMonth period) {
        var now = clock.instant();
        var thisMonth = YearMonth.from(now.atZone(BusinessTime.ZONE));
        if (period == null || period.isBefore(FIRST_PERIOD) || period.isAfter(thisMonth)) {
            throw new CommissionRejected("commission.settlement.period-invalid", FIRST_PERIOD.toString(),
                    thisMonth.toString());
        }
        var made = drafts.create(period, end(period), adminId, now);
        made.forEach(draft -> audit.record(AuditAction.SETTLEMENT_CREATED, draft.settlementId(),
                draft.leaderName() + " · " + period + " · " + draft.total()));
        return made;
    }

    public Settlement approve(long adminId, long settlementId) {
        var settlement = locked(settlementId);
        settlement.approve(adminId, clock.instant());
        audit.record(AuditAction.SETTLEMENT_APPROVED, settlementId, settlement.getPeriod() + " · " + settlement.getTotal());
        return settlements.save(settlement);
    }

    public Settlement markPaid(long adminId, long settlementId, String paymentReference) {
        var settlement = locked(settlementId);
        settlement.markPaid(adminId, paymentReference, clock.instant());
        audit.record(AuditAction.SETTLEMENT_PAID, settlementId, settlement.getPeriod() + " · "
                + settlement.getTotal() + " · " + settlement.getPaymentReference());
        return settlements.save(settlement);
    }

    @Transactional(readOnly = true)
    public Paged<SettlementSummary> list(YearMonth period, SettlementStatus status, PageQuery page) {
        return views.settlements(period, status, page);
    }

    @Transactional(readOnly = true)
    public SettlementReview review(long settlementId, PageQuery page) {
        var settlement = views.settlement(settlementId).orElseThrow(() -> new NotFound("settlement", settlementId));
        var figures = views.figures(settlementId);
        return new SettlementReview(settlement, figures.orders(), figures.reversals(), figures.earned(),
                figures.reversed(), views.entries(settlementId, page));
    }

    /** Every entry, for the export. */
    @Transactional(readOnly = true)
    public List<EntryRow> entries(long settlementId) {
        views.settlement(settlementId).orElseThrow(() -> new NotFound("settlement", settlementId));
        return views.allEntries(settlementId);
    }

    /** The start of the next month in business time: entries recorded before it belong to the period. */
    static Instant end(YearMonth period) {
        return period.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    private Settlement locked(long settlementId) {
        return settlements.findForChange(settlementId).orElseThrow(() -> new NotFound("settlement", settlementId));
    }
}
