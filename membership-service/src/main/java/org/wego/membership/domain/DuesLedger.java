package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wego.membership.infra.DuesSchedule;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Issues yearly dues invoices (from the configured fee of the member's type unless stated), records payments and
 * waivers, and answers a member's dues standing on any date. Money never goes negative: a payment or waiver larger
 * than what is still owed is refused.
 */
@ApplicationScoped
public class DuesLedger {

    private final DuesSchedule schedule;
    private final Clock clock;

    private final StandingPublisher standing;

    public DuesLedger(DuesSchedule schedule, Clock clock, StandingPublisher standing) {
        this.schedule = schedule;
        this.clock = clock;
        this.standing = standing;
    }

    public int graceDays() {
        return schedule.graceDays();
    }

    public DuesStanding standing(String memberCode) {
        List<DuesStanding.Invoice> invoices = DuesInvoice.of(memberCode).stream().map(DuesLedger::toStanding).toList();
        return new DuesStanding(invoices, schedule.graceDays());
    }

    /**
     * The members in arrears past grace on {@code asOf}, in three queries whatever the number of members: only an
     * invoice due more than the grace period before {@code asOf} can be past grace, so only those are read.
     */
    public Set<String> inArrearsPastGrace(LocalDate asOf) {
        Set<String> inArrears = new TreeSet<>();
        invoicesWhere("i.dueDate < ?1", asOf.minusDays(schedule.graceDays())).forEach((code, invoices) -> {
            if (new DuesStanding(invoices, schedule.graceDays()).inArrearsPastGrace(asOf)) {
                inArrears.add(code);
            }
        });
        return inArrears;
    }

    /**
     * Invoices (with their payments and waivers) by member, of the invoices {@code i} matching {@code condition}: three
     * queries however many members — for rolls, yearly runs and standing timelines over the whole membership.
     */
    public static Map<String, List<DuesStanding.Invoice>> invoicesWhere(String condition, Object parameter) {
        String ofThose = "invoiceId in (select i.id from DuesInvoice i where " + condition + ")";
        Map<UUID, List<DuesStanding.Movement>> payments = new HashMap<>();
        DuesPayment.<DuesPayment>list(ofThose, parameter).forEach(p -> payments
                .computeIfAbsent(p.invoiceId, k -> new ArrayList<>()).add(new DuesStanding.Movement(p.amount, p.paidOn)));
        Map<UUID, List<DuesStanding.Movement>> waivers = new HashMap<>();
        DuesWaiver.<DuesWaiver>list(ofThose, parameter).forEach(w -> waivers
                .computeIfAbsent(w.invoiceId, k -> new ArrayList<>()).add(new DuesStanding.Movement(w.amount, w.decidedOn)));
        Map<String, List<DuesStanding.Invoice>> byMember = new HashMap<>();
        for (DuesInvoice i : DuesInvoice.<DuesInvoice>list("from DuesInvoice i where " + condition, parameter)) {
            byMember.computeIfAbsent(i.memberCode, k -> new ArrayList<>()).add(new DuesStanding.Invoice(i.year,
                    i.amount, i.currency, i.dueDate, payments.getOrDefault(i.id, List.of()), waivers.getOrDefault(i.id, List.of())));
        }
        return byMember;
    }

    public static DuesStanding.Invoice toStanding(DuesInvoice i) {
        List<DuesStanding.Movement> payments = DuesPayment.<DuesPayment>list("invoiceId", i.id).stream()
                .map(p -> new DuesStanding.Movement(p.amount, p.paidOn)).toList();
        List<DuesStanding.Movement> waivers = DuesWaiver.<DuesWaiver>list("invoiceId", i.id).stream()
                .map(w -> new DuesStanding.Movement(w.amount, w.decidedOn)).toList();
        return new DuesStanding.Invoice(i.year, i.amount, i.currency, i.dueDate, payments, waivers);
    }

    /** @param amount, currency, dueDate null = from the schedule */
    public DuesInvoice issue(String code, int year, BigDecimal amount, String currency, LocalDate dueDate, Actor actor) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Member member = Member.require(code);
                DuesInvoice invoice = issueFor(member, year, amount, currency, dueDate, actor);
                standing.publishIfChanged(code, StandingPublisher.Cause.INVOICE);
                return invoice;
            });
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            throw alreadyIssued(code, year);
        }
    }

    /** Issues the year's invoice to every organisation that is a member on its due date and has none yet. */
    public int issueForYear(int year, Actor actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate due = schedule.dueMonthDay().atYear(year);
            List<String> issued = new ArrayList<>();
            Map<String, StatusTimeline> timelines = StatusChange.timelinesUpTo(due);
            Set<String> invoiced = new HashSet<>(DuesInvoice.<DuesInvoice>list("year", year)
                    .stream().map(i -> i.memberCode).toList());
            for (Member member : Member.<Member>listAll()) {
                StatusTimeline timeline = timelines.get(member.code);
                boolean memberOnDueDate = timeline != null && timeline.isMemberOn(due);
                if (memberOnDueDate && !invoiced.contains(member.code)) {
                    newInvoice(member, year, null, null, null, actor);
                    issued.add(member.code);
                }
            }
            standing.publishIfChanged(issued, StandingPublisher.Cause.INVOICE);
            return issued.size();
        });
    }

    private DuesInvoice issueFor(Member member, int year, BigDecimal amount, String currency, LocalDate dueDate,
                                 Actor actor) {
        if (DuesInvoice.count("memberCode = ?1 and year = ?2", member.code, year) > 0) {
            throw alreadyIssued(member.code, year);
        }
        return newInvoice(member, year, amount, currency, dueDate, actor);
    }

    private DuesInvoice newInvoice(Member member, int year, BigDecimal amount, String currency, LocalDate dueDate,
                                   Actor actor) {
        DuesSchedule.Fee fee = schedule.fees().get(member.type.name());
        if ((amount == null || currency == null) && fee == null) {
            throw ProblemException.unprocessable("no-fee", "No fee is configured for " + member.type + " members");
        }
        DuesInvoice invoice = new DuesInvoice();
        invoice.id = UUID.randomUUID();
        invoice.memberCode = member.code;
        invoice.year = year;
        invoice.amount = money(amount != null ? amount : fee.amount());
        invoice.currency = currency != null ? currency : fee.currency();
        invoice.dueDate = dueDate != null ? dueDate : schedule.dueMonthDay().atYear(year);
        invoice.issuedBy = actor.name();
        invoice.issuedAt = Instant.now(clock);
        invoice.persist();
        return invoice;
    }

    public DuesPayment pay(String code, int year, BigDecimal amount, String currency, LocalDate paidOn,
                           String reference, Actor actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DuesInvoice invoice = lockedInvoice(code, year);
            if (!invoice.currency.equals(currency)) {
                throw ProblemException.unprocessable("currency-mismatch", "The " + year + " invoice is in "
                        + invoice.currency + "; record the payment in that currency");
            }
            notInFuture(paidOn, "paidOn");
            requireWithinBalance(invoice, amount, "payment");
            DuesPayment payment = new DuesPayment();
            payment.id = UUID.randomUUID();
            payment.invoiceId = invoice.id;
            payment.amount = money(amount);
            payment.paidOn = paidOn;
            payment.reference = reference;
            payment.recordedBy = actor.name();
            payment.recordedAt = Instant.now(clock);
            payment.persist();
            standing.publishIfChanged(code, StandingPublisher.Cause.PAYMENT);
            return payment;
        });
    }

    /** @param amount null = everything still owed */
    public DuesWaiver waive(String code, int year, BigDecimal amount, LocalDate decidedOn, String reason, Actor actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DuesInvoice invoice = lockedInvoice(code, year);
            notInFuture(decidedOn, "decidedOn");
            BigDecimal owed = toStanding(invoice).balance(LocalDate.MAX);
            BigDecimal waived = amount == null ? owed : amount;
            if (waived.signum() <= 0) {
                throw ProblemException.unprocessable("nothing-owed", "Nothing is owed on the " + year + " invoice");
            }
            requireWithinBalance(invoice, waived, "waiver");
            DuesWaiver waiver = new DuesWaiver();
            waiver.id = UUID.randomUUID();
            waiver.invoiceId = invoice.id;
            waiver.amount = money(waived);
            waiver.decidedOn = decidedOn;
            waiver.reason = reason;
            waiver.decidedBy = actor.name();
            waiver.recordedAt = Instant.now(clock);
            waiver.persist();
            standing.publishIfChanged(code, StandingPublisher.Cause.WAIVER);
            return waiver;
        });
    }

    private DuesInvoice lockedInvoice(String code, int year) {
        DuesInvoice invoice = DuesInvoice.find("memberCode = ?1 and year = ?2", code, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (invoice == null) {
            throw ProblemException.notFound("The " + year + " dues invoice of '" + code + "'");
        }
        return invoice;
    }

    private void requireWithinBalance(DuesInvoice invoice, BigDecimal amount, String what) {
        BigDecimal owed = toStanding(invoice).balance(LocalDate.MAX);
        if (amount.compareTo(owed) > 0) {
            throw ProblemException.unprocessable("more-than-owed", "The " + what + " of " + money(amount) + " "
                    + invoice.currency + " exceeds what is owed on the " + invoice.year + " invoice (" + owed + ")");
        }
    }

    private void notInFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.unprocessable("date-in-future", field + " " + date + " is in the future");
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static ProblemException alreadyIssued(String code, int year) {
        return ProblemException.conflict("The " + year + " dues invoice of '" + code + "' was already issued");
    }
}
