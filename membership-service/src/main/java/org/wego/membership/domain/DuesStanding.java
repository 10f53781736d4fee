package org.wego.membership.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's dues position on a date, from its invoices, payments and waivers — pure, so the rule is unit-tested
 * and the SQL used for statistics ({@link MembershipStatistics#OWING_PAST_GRACE}) follows it.
 * An invoice is in arrears past grace on {@code asOf} when something is still owed and {@code asOf} is later than
 * {@code dueDate + graceDays}. Payments and waivers count from the day they were made.
 */
public final class DuesStanding {

    public record Movement(BigDecimal amount, LocalDate on) {
    }

    public record Invoice(int year, BigDecimal amount, String currency, LocalDate dueDate, List<Movement> payments,
                          List<Movement> waivers) {

        public BigDecimal paid(LocalDate asOf) {
            return sum(payments, asOf);
        }

        public BigDecimal waived(LocalDate asOf) {
            return sum(waivers, asOf);
        }

        public BigDecimal balance(LocalDate asOf) {
            return amount.subtract(paid(asOf)).subtract(waived(asOf));
        }

        public boolean pastGrace(LocalDate asOf, int graceDays) {
            return balance(asOf).signum() > 0 && asOf.isAfter(dueDate.plusDays(graceDays));
        }

        private static BigDecimal sum(List<Movement> movements, LocalDate asOf) {
            return movements.stream().filter(m -> !m.on().isAfter(asOf)).map(Movement::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final List<Invoice> invoices;
    private final int graceDays;

    public DuesStanding(List<Invoice> invoices, int graceDays) {
        this.invoices = invoices;
        this.graceDays = graceDays;
    }

    /** Invoices issued for a year count from their due date's year on; owed amounts per currency. */
    public Map<String, BigDecimal> arrears(LocalDate asOf) {
        Map<String, BigDecimal> owed = new TreeMap<>();
        for (Invoice invoice : invoices) {
            BigDecimal balance = invoice.balance(asOf);
            if (balance.signum() > 0 && !asOf.isBefore(invoice.dueDate())) {
                owed.merge(invoice.currency(), balance, BigDecimal::add);
            }
        }
        return owed;
    }

    /**
     * The days on which being past grace can start or end: the day after each invoice's grace period, and each day a
     * payment or waiver counts from. Between two of them the answer of {@link #inArrearsPastGrace} cannot change.
     */
    public java.util.stream.Stream<LocalDate> changeDates() {
        return invoices.stream().flatMap(i -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(i.dueDate().plusDays(graceDays + 1L)),
                java.util.stream.Stream.concat(i.payments().stream(), i.waivers().stream()).map(Movement::on)));
    }

    public boolean inArrearsPastGrace(LocalDate asOf) {
        return invoices.stream().anyMatch(i -> i.pastGrace(asOf, graceDays));
    }

    /**
     * The status on a date: the decided status, except that an ACTIVE member in arrears past the grace period is
     * LAPSED — and ACTIVE again from the day the arrears are settled or waived, with no one having to record it.
     */
    public static MembershipStatus effective(MembershipStatus decided, boolean inArrearsPastGrace) {
        return decided == MembershipStatus.ACTIVE && inArrearsPastGrace ? MembershipStatus.LAPSED : decided;
    }
}
