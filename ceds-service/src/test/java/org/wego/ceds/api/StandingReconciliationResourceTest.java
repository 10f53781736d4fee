package org.wego.ceds.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.StandingDrift;

@QuarkusTest
class StandingReconciliationResourceTest {

    @Test
    void driftFromTheMembershipServiceIsListedWithItsFirstDay() {
        StandingDrift.assertReported("/api/v1/ceds/admin/standing-reconciliation");
    }
}
