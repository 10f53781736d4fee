package org.wego.membership.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The membership lifecycle as a named policy: which status may follow which, and who may decide it. Every answer
 * carries the reason a client is told when a change is refused.
 */
public final class MembershipTransitions {

    public record Decision(boolean allowed, String reason) {
        static Decision allow() {
            return new Decision(true, null);
        }

        static Decision refuse(String reason) {
            return new Decision(false, reason);
        }
    }

    private static final Map<MembershipStatus, Set<MembershipStatus>> NEXT = new EnumMap<>(MembershipStatus.class);

    static {
        NEXT.put(MembershipStatus.APPLIED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.WITHDRAWN));
        NEXT.put(MembershipStatus.ACTIVE, EnumSet.of(MembershipStatus.SUSPENDED, MembershipStatus.LAPSED,
                MembershipStatus.WITHDRAWN, MembershipStatus.EXPELLED));
        NEXT.put(MembershipStatus.SUSPENDED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED,
                MembershipStatus.WITHDRAWN, MembershipStatus.EXPELLED));
        NEXT.put(MembershipStatus.LAPSED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED,
                MembershipStatus.WITHDRAWN, MembershipStatus.EXPELLED));
        NEXT.put(MembershipStatus.WITHDRAWN, EnumSet.noneOf(MembershipStatus.class));
        NEXT.put(MembershipStatus.EXPELLED, EnumSet.noneOf(MembershipStatus.class));
    }

    private MembershipTransitions() {
    }

    public static Set<MembershipStatus> allowedAfter(MembershipStatus from) {
        Set<MembershipStatus> next = NEXT.get(from);
        return next.isEmpty() ? EnumSet.noneOf(MembershipStatus.class) : EnumSet.copyOf(next);
    }

    /**
     * @param decidedByExecutive true when the caller holds the executive role (wego-admin): expulsion is a
     *                           decision of the association, not an administrative step of the secretariat.
     */
    public static Decision check(MembershipStatus from, MembershipStatus to, boolean decidedByExecutive) {
        Set<MembershipStatus> allowed = NEXT.get(from);
        if (!allowed.contains(to)) {
            return Decision.refuse(allowed.isEmpty()
                    ? "A " + from + " membership has ended; no status change is possible (the city may apply again)"
                    : "A member that is " + from + " can become " + names(allowed) + ", not " + to);
        }
        if (to == MembershipStatus.EXPELLED && !decidedByExecutive) {
            return Decision.refuse("Expulsion is an executive decision: only wego-admin may record it");
        }
        return Decision.allow();
    }

    private static String names(Set<MembershipStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
