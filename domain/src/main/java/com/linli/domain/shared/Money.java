package com.linli.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of CNY in integer fen (分). Never floating point: amounts that are split add up exactly,
 * and anything that divides rounds half-even to the fen.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /**
     * Yuan as people type them, up to ¥1,000,000 with at most two decimals ("12", "12.5", "12.50").
     * Forms use it in {@code @Pattern}; {@link #parseYuan} reads nothing else.
     */
    public static final String YUAN = "\\d{1,6}(\\.\\d{1,2})?|1000000(\\.0{1,2})?";

    private static final Pattern YUAN_PATTERN = Pattern.compile(YUAN);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * Parses yuan as people type them, blanks around allowed. Anything else ("1e10000000", "12.345",
     * more than a million) is refused by the pattern before any arithmetic, so no input costs time.
     */
    public static Money parseYuan(String yuan) {
        var text = yuan.strip();
        if (!YUAN_PATTERN.matcher(text).matches()) {
            throw new IllegalArgumentException("Not an amount in yuan up to a million: " + abbreviated(text));
        }
        var point = text.indexOf('.');
        if (point < 0) {
            return new Money(Long.parseLong(text) * 100);
        }
        var decimals = (text.substring(point + 1) + "0").substring(0, 2);
        return new Money(Long.parseLong(text.substring(0, point)) * 100 + Long.parseLong(decimals));
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
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

    /** ¥12.50, and -¥12.50 for what is taken back. */
    @Override
    public String toString() {
        return fen < 0 ? "-¥" + BigDecimal.valueOf(fen, 2).negate().toPlainString() : "¥" + toYuan();
    }
}
