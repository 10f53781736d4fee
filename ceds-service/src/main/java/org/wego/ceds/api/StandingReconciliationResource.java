package org.wego.ceds.api;

import jakarta.ws.rs.Path;
import org.wego.ceds.domain.MemberCity;
import org.wego.ceds.domain.MemberCityStanding;
import org.wego.ceds.domain.MemberCityStatus;
import org.wego.events.membership.MemberStandingChangedV1.Period;
import org.wego.events.membership.StandingReconciliation;
import org.wego.events.membership.StandingReconciliationAdmin;

import java.util.List;

/** The ceds-service's side of {@code ./wego reconcile}: the standing that decides who may start an assessment. */
@Path("/api/v1/ceds/admin/standing-reconciliation")
public class StandingReconciliationResource extends StandingReconciliationAdmin {

    public StandingReconciliationResource() {
        super("ceds-service");
    }

    @Override
    protected List<Period> held(String code) {
        MemberCity city = MemberCity.findById(code);
        return city == null ? null : StandingReconciliation.held(MemberCityStanding.of(code).orElse(null),
                city.joinedOn, MemberCityStatus.timeline(code));
    }
}
