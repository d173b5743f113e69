package com.linli.domain.commission;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.linli.domain.shared.Money;

/**
 * A commission rate in basis points (1/10,000), from 0 to 100 %, shown as a percentage: 1250 is
 * "12.5%". Applied to an amount it rounds half-even to the fen.
 */
public record Rate(int basisPoints) {

    public static final int MAX = 10_000;
    public static final Rate ZERO = new Rate(0);

    /** A percentage as people type it: up to 100 with at most two decimals ("12", "12.5", "0.25"). */
    public static final String PERCENT = "\\d{1,3}(\\.\\d{1,2})?";

    private static final Pattern PERCENT_PATTERN = Pattern.compile(PERCENT);

    public Rate {
        if (basisPoints < 0 || basisPoints > MAX) {
            throw new CommissionRejected("commission.rate-invalid");
        }
    }

    /** Parses a percentage; anything else, or more than 100 %, is refused before any arithmetic. */
    public static Rate parsePercent(String percent) {
        var text = percent == null ? "" : percent.strip();
        if (!PERCENT_PATTERN.matcher(text).matches()) {
            throw new CommissionRejected("commission.rate-invalid");
        }
        var basisPoints = new BigDecimal(text).movePointRight(2).intValueExact();
        if (basisPoints > MAX) {
            throw new CommissionRejected("commission.rate-invalid");
        }
        return new Rate(basisPoints);
    }

    /** The commission on {@code amount}, half-even to the fen. */
    public Money of(Money amount) {
        return amount.timesBasisPoints(basisPoints);
    }

    /** As forms take it back: "12.5". */
    public String toPercent() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    /** 12.5% */
    @Override
    public String toString() {
        return toPercent() + "%";
    }
}
