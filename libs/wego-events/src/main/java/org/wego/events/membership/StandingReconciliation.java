package org.wego.events.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wego.events.membership.MemberStandingChangedV1.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Drift between the membership-service and a consumer's projection, found by comparing whole effective-status
 * timelines: two timelines that agree on every day where either changes agree on every day, so one comparison per
 * member covers the past, today and the already-known future (a lapse after a grace period) at once. Shared by the
 * awards, ceds and knowledge services so each compares the same way; the operator's {@code ./wego reconcile} feeds
 * them the membership-service's timelines page by page.
 */
public final class StandingReconciliation {

    /** A member's timeline as the source derives it (what {@code member.standing-changed} carries). */
    public record MemberTimeline(@NotBlank @Size(max = 64) String code,
                                 @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid SourcePeriod> standing) {
    }

    public record SourcePeriod(@NotNull LocalDate from, @NotBlank @Size(max = 20) String status, boolean goodStanding) {
        Period period() {
            return new Period(from, status, goodStanding);
        }
    }

    /** One page of the source's members to check. */
    public record Request(@NotNull @Size(max = 1000) List<@NotNull @Valid MemberTimeline> members) {
    }

    /**
     * {@code kind}: UNKNOWN_CITY (no event for it arrived here) or DIFFERENT_TIMELINE; for the latter the first day
     * on which the two disagree and what each says that day ({@code STATUS/good|not-good}, or {@code none} before a
     * timeline starts).
     */
    public record Difference(String code, String kind, LocalDate firstDifferentDay, String source, String held,
                             List<Period> sourceTimeline, List<Period> heldTimeline) {
    }

    public record Report(String consumer, int checked, int agreeing, List<Difference> differences) {
    }

    private StandingReconciliation() {
    }

    /**
     * Compares each source member with what {@code held} returns for its code: the consumer's timeline, or null when
     * the consumer does not know the city.
     */
    public static Report compare(String consumer, List<MemberTimeline> source, Function<String, List<Period>> held) {
        List<Difference> differences = new ArrayList<>();
        for (MemberTimeline member : source) {
            List<Period> expected = member.standing().stream().map(SourcePeriod::period).toList();
            List<Period> actual = held.apply(member.code());
            if (actual == null) {
                differences.add(new Difference(member.code(), "UNKNOWN_CITY", null, null, null, expected, null));
                continue;
            }
            LocalDate day = firstDifference(expected, actual);
            if (day != null) {
                differences.add(new Difference(member.code(), "DIFFERENT_TIMELINE", day, on(inOrder(expected), day),
                        on(inOrder(actual), day), expected, actual));
            }
        }
        return new Report(consumer, source.size(), source.size() - differences.size(), differences);
    }

    /** The first day on which the two timelines say different things, or null if they never do. */
    public static LocalDate firstDifference(List<Period> a, List<Period> b) {
        List<Period> first = inOrder(a);
        List<Period> second = inOrder(b);
        TreeSet<LocalDate> changes = new TreeSet<>();
        first.forEach(p -> changes.add(p.from()));
        second.forEach(p -> changes.add(p.from()));
        for (LocalDate day : changes) {
            if (!Objects.equals(on(first, day), on(second, day))) {
                return day;
            }
        }
        return null;
    }

    /**
     * A consumer's timeline for a city it knows: the announced standing if one arrived, else ACTIVE from admission
     * followed by the status changes received (what the consumer answers from before any standing event).
     */
    public static List<Period> held(StatusTimeline announced, LocalDate joinedOn, StatusTimeline statusChanges) {
        if (announced != null) {
            return announced.changes().stream().map(c -> new Period(c.effectiveDate(), c.status(), c.goodStanding())).toList();
        }
        List<Period> periods = new ArrayList<>();
        if (joinedOn != null) {
            periods.add(new Period(joinedOn, "ACTIVE", true));
        }
        statusChanges.changes().forEach(c -> periods.add(new Period(c.effectiveDate(), c.status(), c.goodStanding())));
        return periods;
    }

    /** By start day; periods starting the same day keep their order (the later one wins, as in the timeline). */
    private static List<Period> inOrder(List<Period> timeline) {
        return timeline.stream().sorted(java.util.Comparator.comparing(Period::from)).toList();
    }

    /** What {@code timeline} (in order) says on {@code day}. */
    private static String on(List<Period> timeline, LocalDate day) {
        Period inForce = null;
        for (Period p : timeline) {
            if (p.from().isAfter(day)) {
                break;
            }
            inForce = p;
        }
        return inForce == null ? "none" : inForce.status() + "/" + (inForce.goodStanding() ? "good" : "not-good");
    }
}
