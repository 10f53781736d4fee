package org.wego.membership.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A member's status is never stored as "the current status": it is derived, for any date, from the dated changes
 * recorded for it (including back-dated ones from the association's paper records). The change in force on a date
 * is the last one effective on or before it; on the same day, the one recorded last wins.
 */
public final class StatusTimeline {

    /** One dated change; {@code sequence} orders changes recorded for the same effective date. */
    public record Entry(MembershipStatus status, LocalDate effectiveDate, long sequence) {
    }

    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::effectiveDate).thenComparingLong(Entry::sequence);

    private final List<Entry> entries;

    public StatusTimeline(List<Entry> entries) {
        this.entries = entries.stream().sorted(ORDER).toList();
    }

    /** Empty before the first change: the organisation was not yet a member (nor an applicant) then. */
    public Optional<MembershipStatus> statusOn(LocalDate date) {
        MembershipStatus status = null;
        for (Entry entry : entries) {
            if (entry.effectiveDate().isAfter(date)) {
                break;
            }
            status = entry.status();
        }
        return Optional.ofNullable(status);
    }

    /** The first change effective after {@code date}. */
    public Optional<Entry> firstAfter(LocalDate date) {
        return entries.stream().filter(e -> e.effectiveDate().isAfter(date)).findFirst();
    }

    /** The days the decided status changes on. */
    public java.util.stream.Stream<LocalDate> changeDates() {
        return entries.stream().map(Entry::effectiveDate);
    }

    public boolean isMemberOn(LocalDate date) {
        return statusOn(date).map(MembershipStatus::isMember).orElse(false);
    }

    /** The change a new one must follow: the latest by effective date (changes are appended in time order). */
    public Optional<Entry> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }
}
