package org.wego.membership.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wego.membership.domain.ApplicationWorkflow.Action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationWorkflowTest {

    @ParameterizedTest(name = "{0} + {1} (executive {2}) -> {3}")
    @CsvSource({
            "SUBMITTED,      REQUEST_INFO,  false, INFO_REQUESTED",
            "SUBMITTED,      RECOMMEND,     false, RECOMMENDED",
            "INFO_REQUESTED, INFO_RECEIVED, false, SUBMITTED",
            "RECOMMENDED,    APPROVE,       true,  APPROVED",
            "SUBMITTED,      REJECT,        true,  REJECTED",
            "INFO_REQUESTED, REJECT,        true,  REJECTED",
            "RECOMMENDED,    REJECT,        true,  REJECTED",
            "SUBMITTED,      RECOMMEND,     true,  RECOMMENDED",
    })
    void allowedSteps(ApplicationStatus from, Action action, boolean executive, ApplicationStatus next) {
        ApplicationWorkflow.Outcome outcome = ApplicationWorkflow.apply(from, action, executive);
        assertNull(outcome.refusal());
        assertEquals(next, outcome.next());
    }

    @ParameterizedTest(name = "{0} + {1} (executive {2}) refused: {3}")
    @CsvSource({
            "SUBMITTED,      APPROVE,       true,  RECOMMENDED",
            "INFO_REQUESTED, APPROVE,       true,  RECOMMENDED",
            "INFO_REQUESTED, RECOMMEND,     false, SUBMITTED",
            "RECOMMENDED,    REQUEST_INFO,  false, SUBMITTED",
            "SUBMITTED,      INFO_RECEIVED, false, No information",
            "RECOMMENDED,    APPROVE,       false, wego-admin",
            "SUBMITTED,      REJECT,        false, wego-admin",
            "APPROVED,       REJECT,        true,  already APPROVED",
            "REJECTED,       RECOMMEND,     false, already REJECTED",
    })
    void refusedSteps(ApplicationStatus from, Action action, boolean executive, String reasonMentions) {
        ApplicationWorkflow.Outcome outcome = ApplicationWorkflow.apply(from, action, executive);
        assertTrue(!outcome.allowed() && outcome.refusal().contains(reasonMentions), outcome.refusal());
    }
}
