package com.linli.domain.commission;

import java.time.Instant;

import com.linli.domain.shared.Money;

/**
 * 佣金流水: one line of the append-only ledger. A collected line earns once; each refund of it
 * reverses with a negative entry exactly what the refund takes off, so a line's entries always add
 * up to its rate applied to what is left of it, half-even to the fen, and reversing everything
 * reverses every fen earned. Entries are never changed or deleted: the database refuses it.
 *
 * @param units    units the entry is about: collected ones (positive) or refunded ones (negative)
 * @param base     the amount the entry moves commission on, signed like {@code units}
 * @param refundId the after-sale request a reversal answers; null for an earned entry
 */
public record CommissionEntry(EntryKind kind, long orderLineId, long orderId, long groupBuyId, long communityId,
                              long leaderId, int units, Money base, Rate rate, Money amount, Long refundId,
                              Instant recordedAt) {

    /** What a collected line earns: its amount net of shortage at the rate frozen at the cutoff. */
    public static CommissionEntry earned(PickedUpLine line, Instant at) {
        return new CommissionEntry(EntryKind.EARNED, line.orderLineId(), line.orderId(), line.groupBuyId(),
                line.communityId(), line.leaderId(), line.units(), line.amount(), line.rate(),
                line.rate().of(line.amount()), null, at);
    }

    /**
     * What a refund of {@code units} costing {@code refunded} takes back: the commission on what is
     * left after it, less what the line's entries hold now.
     */
    public static CommissionEntry reversal(LineBalance line, int units, Money refunded, long refundId, Instant at) {
        if (units < 1 || refunded.isNegative() || refunded.isGreaterThan(line.base())) {
            throw new IllegalArgumentException("A refund of " + refunded + " exceeds what line " + line.orderLineId()
                    + " earned on (" + line.base() + ")");
        }
        var left = Money.ofFen(line.base().fen() - refunded.fen());
        return new CommissionEntry(EntryKind.REVERSED, line.orderLineId(), line.orderId(), line.groupBuyId(),
                line.communityId(), line.leaderId(), -units, Money.ofFen(-refunded.fen()), line.rate(),
                Money.ofFen(line.rate().of(left).fen() - line.commission().fen()), refundId, at);
    }
}
