package org.wego.ceds.domain.framework;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, for the rare scores that land (within rounding error) on a band boundary or a 4-decimal
 * rounding midpoint: there the decimal fast path could decide wrongly, so the score is recomputed exactly.
 * JDK has no rational type; this is the minimum needed (add, multiply, divide, compare, round).
 */
record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    static Fraction of(BigDecimal d) {
        return d.scale() >= 0 ? reduce(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : reduce(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
    }

    static Fraction reduce(BigInteger num, BigInteger den) {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Fraction(num, den)
                : new Fraction(num.divide(g), den.divide(g));
    }

    Fraction add(Fraction o) {
        return reduce(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction subtract(Fraction o) {
        return add(new Fraction(o.num.negate(), o.den));
    }

    Fraction multiply(Fraction o) {
        return reduce(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction divide(Fraction o) {
        return reduce(num.multiply(o.den), den.multiply(o.num));
    }

    Fraction clamp01() {
        return compareTo(ZERO) < 0 ? ZERO : compareTo(ONE) > 0 ? ONE : this;
    }

    /** Correctly rounded: the rational itself is rounded, not an approximation of it. */
    BigDecimal round(int scale, RoundingMode mode) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
}
