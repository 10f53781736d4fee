package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.wego.events.EventTypes;
import org.wego.events.membership.MemberUpdatedV1;
import org.wego.outbox.Outbox;
import org.wego.web.IfMatch;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes a member's profile under optimistic concurrency: the caller states the version it read (the ETag) and a
 * change based on an older version is refused with 412 instead of silently overwriting someone else's edit.
 */
@ApplicationScoped
public class MemberProfile {

    /** The editable profile; code and joinedOn are not part of it because they never change. */
    public record Values(String name, String country, Region region, MembershipType type, Long population,
                         String website, boolean foundingMember) {
    }

    private final Outbox outbox;
    private final EntityManager em;

    private final Clock clock;

    public MemberProfile(Outbox outbox, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /**
     * @param ifMatch     the client's precondition
     * @param baseVersion the version {@code values} were merged onto: a change landing in between would be undone
     */
    public Member update(String code, IfMatch ifMatch, long baseVersion, Values values, Actor actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = Member.findById(code, LockModeType.PESSIMISTIC_WRITE);
            if (member == null) {
                throw ProblemException.notFound("Member '" + code + "'");
            }
            if (!ifMatch.matches(member.version)) {
                throw ifMatch.failed("member", member.version);
            }
            if (member.version != baseVersion) {
                throw ProblemException.conflict("The member changed while this patch was applied; send it again");
            }
            List<String> changed = changedFields(member, values);
            if (changed.isEmpty()) {
                return member;
            }
            member.name = values.name();
            member.country = values.country();
            member.region = values.region();
            if (member.type != values.type()) { // from today: a past roll keeps the type its cutoff saw
                Instant now = Instant.now(clock);
                MemberTypeChange.record(code, values.type(), LocalDate.ofInstant(now, clock.getZone()), actor.name(), now);
            }
            member.type = values.type();
            member.population = values.population();
            member.website = values.website();
            member.foundingMember = values.foundingMember();
            em.flush();
            outbox.record(EventTypes.MEMBER_UPDATED, code, "members/" + code, new MemberUpdatedV1(code, member.name,
                    member.country, member.region.name(), member.type.name(), member.population, member.website,
                    member.foundingMember, changed));
            return member;
        });
    }

    public static List<String> changedFields(Member m, Values v) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", m.name, v.name());
        compare(changed, "country", m.country, v.country());
        compare(changed, "region", m.region, v.region());
        compare(changed, "type", m.type, v.type());
        compare(changed, "population", m.population, v.population());
        compare(changed, "website", m.website, v.website());
        compare(changed, "foundingMember", m.foundingMember, v.foundingMember());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
