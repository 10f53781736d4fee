package org.wego.awards.api;

import jakarta.ws.rs.Path;
import org.wego.awards.domain.MemberCity;
import org.wego.awards.domain.MemberCityStanding;
import org.wego.awards.domain.MemberCityStatus;
import org.wego.events.membership.MemberStandingChangedV1.Period;
import org.wego.events.membership.StandingReconciliation;
import org.wego.events.membership.StandingReconciliationAdmin;

import java.util.List;

/** The awards-service's side of {@code ./wego reconcile}: the standing its entries are judged eligible by. */
@Path("/api/v1/awards/admin/standing-reconciliation")
public class StandingReconciliationResource extends StandingReconciliationAdmin {

    public StandingReconciliationResource() {
        super("awards-service");
    }

    @Override
    protected List<Period> held(String code) {
        MemberCity city = MemberCity.findById(code);
        return city == null ? null : StandingReconciliation.held(MemberCityStanding.of(code).orElse(null),
                city.joinedOn, MemberCityStatus.changes(code));
    }
}
