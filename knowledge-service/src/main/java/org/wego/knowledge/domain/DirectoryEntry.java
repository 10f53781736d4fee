package org.wego.knowledge.domain;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.StatusTimeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member city in the public directory of the knowledge platform, built from membership events.
 * {@code appliedEvents} holds the ids of the events already applied, so applying and remembering an event is one
 * atomic document write (the local MongoDB wire server has no multi-document transactions).
 */
@MongoEntity(collection = "directory")
public class DirectoryEntry extends PanacheMongoEntityBase {

    @BsonId
    public String code;
    public String name;
    public String country;
    public String region;
    public String membershipType;
    public LocalDate joinedOn;
    public int revision;
    /** {@code ce_sequence} of the newest membership event applied; an older one arriving late changes nothing. */
    public Long profileSequence;
    /**
     * The member's effective-status timeline ({@link org.wego.events.membership.MemberStandingChangedV1#encoded}),
     * null until the first standing event: then the admission's ACTIVE from {@code joinedOn} stands.
     */
    public String standing;
    /** {@code ce_sequence} of the standing event that gave {@link #standing}; older ones change nothing. */
    public Long standingSequence;
    /**
     * From this day on the city is no longer a member (the timeline ends WITHDRAWN or EXPELLED), null while it is
     * one: the directory lists a city until that day, so a future withdrawal needs no job at the day boundary.
     */
    public LocalDate endedFrom;
    public Instant updatedAt;
    public List<String> appliedEvents = new ArrayList<>();

    /** Known as a member city: its profile arrived (not only a standing event that came first). */
    public boolean known() {
        return name != null;
    }

    /** The status on {@code day}: the standing period in force, ACTIVE from admission when none is. */
    public StatusTimeline.Change statusOn(LocalDate day) {
        StatusTimeline timeline = standing == null ? new StatusTimeline(List.of())
                : MemberStandingChangedV1.timeline(standing);
        return timeline.inForceOn(day).orElse(new StatusTimeline.Change(joinedOn, null, 0, "ACTIVE", true));
    }

    /** The day the timeline ends the membership for good (its last period WITHDRAWN or EXPELLED), else null. */
    public static LocalDate endedFrom(MemberStandingChangedV1 standing) {
        LocalDate lastFrom = standing.standing().get(standing.standing().size() - 1).from();
        return MemberStandingChangedV1.timeline(standing.encoded()).memberOn(lastFrom) ? null : lastFrom;
    }
}
