package com.linli.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of CNY in integer fen (分). Never floating point: amounts that are split add up exactly,
 * and anything that divides rounds half-even to the fen.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses yuan as people type them ("12", "12.5", "12.50"); more than two decimals is refused. */
    public static Money parseYuan(String yuan) {
        try {
            return new Money(new BigDecimal(yuan.strip()).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY)
                    .longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount in yuan: " + yuan, e);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(fen, quantity));
    }

    /** This amount times a rate in basis points (1/10,000), rounded half-even to the fen. */
    public Money timesBasisPoints(int basisPoints) {
        return new Money(BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN).longValueExact());
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /** The amount in yuan with two decimals, as forms show it: "12.50". */
    public String toYuan() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** ¥12.50 */
    @Override
    public String toString() {
        return "¥" + toYuan();
    }
}
