package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.StandingDrift;

@QuarkusTest
class StandingReconciliationResourceTest {

    @Test
    void driftFromTheMembershipServiceIsListedWithItsFirstDay() {
        StandingDrift.assertReported("/api/v1/knowledge/admin/standing-reconciliation");
    }
}
