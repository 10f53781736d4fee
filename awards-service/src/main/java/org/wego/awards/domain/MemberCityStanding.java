package org.wego.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.InboundEvent;
import org.wego.events.consume.Sequences;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.StatusTimeline;

import java.time.Instant;
import java.util.Optional;

/** The newest effective-status timeline announced for a member (by ce_sequence); an older one arriving late is ignored. */
@Entity
@Table(name = "member_city_standing")
public class MemberCityStanding extends PanacheEntityBase {

    @Id
    public String code;

    public Long sequence;

    @Column(nullable = false)
    public String timeline;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** @return true when the event's timeline replaced what was held */
    public static boolean announced(InboundEvent event, MemberStandingChangedV1 changed) {
        MemberCityStanding held = findById(changed.code());
        if (held != null && !Sequences.supersedes(event.sequence(), held.sequence)) {
            return false;
        }
        if (held == null) {
            held = new MemberCityStanding();
            held.code = changed.code();
        }
        held.sequence = event.sequence();
        held.timeline = changed.encoded();
        held.receivedAt = Instant.now();
        held.persist();
        return true;
    }

    public static Optional<StatusTimeline> of(String code) {
        return MemberCityStanding.<MemberCityStanding>findByIdOptional(code).map(s -> MemberStandingChangedV1.timeline(s.timeline));
    }
}
