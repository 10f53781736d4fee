package org.wego.knowledge.api;

import jakarta.ws.rs.Path;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.MemberStandingChangedV1.Period;
import org.wego.events.membership.StandingReconciliation;
import org.wego.events.membership.StandingReconciliationAdmin;
import org.wego.events.membership.StatusTimeline;
import org.wego.knowledge.domain.DirectoryEntry;

import java.util.List;

/** The knowledge-service's side of {@code ./wego reconcile}: the city directory's status of each member. */
@Path("/api/v1/knowledge/admin/standing-reconciliation")
public class StandingReconciliationResource extends StandingReconciliationAdmin {

    public StandingReconciliationResource() {
        super("knowledge-service");
    }

    @Override
    protected List<Period> held(String code) {
        DirectoryEntry entry = DirectoryEntry.findById(code);
        if (entry == null || !entry.known()) {
            return null;
        }
        // The directory follows standing events only: before the first one, admission alone says ACTIVE.
        return StandingReconciliation.held(entry.standing == null ? null
                : MemberStandingChangedV1.timeline(entry.standing), entry.joinedOn, new StatusTimeline(List.of()));
    }
}
