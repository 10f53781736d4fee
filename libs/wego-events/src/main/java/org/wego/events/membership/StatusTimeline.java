package org.wego.events.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A consumer's view of one member's dated status changes, as announced by {@code member.status-changed}: events may
 * arrive twice, late, or before the admission they follow, so the status on a day is the change in force on that
 * day — latest effective date on or before it, then the producer's sequence, then arrival — never "the last one
 * that arrived". Shared by every projection of member cities so they all answer alike.
 */
public final class StatusTimeline {

    /** One announced change; {@code sequence} is the event's {@code ce_sequence}, {@code arrival} a local counter. */
    public record Change(LocalDate effectiveDate, Long sequence, long arrival, String status, boolean goodStanding) {
    }

    public static final Comparator<Change> ORDER = Comparator.comparing(Change::effectiveDate)
            .thenComparingLong(c -> c.sequence() == null ? Long.MAX_VALUE : c.sequence())
            .thenComparingLong(Change::arrival);

    /** Statuses that end a membership: such a city is no longer a member from the change on. */
    private static final List<String> ENDED = List.of("WITHDRAWN", "EXPELLED");

    private final List<Change> changes;

    public StatusTimeline(List<Change> changes) {
        this.changes = changes.stream().sorted(ORDER).toList();
    }

    /** The change in force on {@code day}, if any was effective by then. */
    public Optional<Change> inForceOn(LocalDate day) {
        Change inForce = null;
        for (Change change : changes) {
            if (change.effectiveDate().isAfter(day)) {
                break;
            }
            inForce = change;
        }
        return Optional.ofNullable(inForce);
    }

    /** Still a member on {@code day} (admitted and not withdrawn or expelled by then); admission alone counts. */
    public boolean memberOn(LocalDate day) {
        return inForceOn(day).map(c -> !ENDED.contains(c.status())).orElse(true);
    }

    /** Good standing on {@code day}: the change in force then, else the admission's (good). */
    public boolean goodStandingOn(LocalDate day) {
        return inForceOn(day).map(Change::goodStanding).orElse(true);
    }

    /** The changes in force order. */
    public List<Change> changes() {
        return changes;
    }

    public Optional<Change> latest() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }
}
