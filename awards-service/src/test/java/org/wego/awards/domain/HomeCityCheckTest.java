package org.wego.awards.domain;

import org.junit.jupiter.api.Test;
import org.wego.awards.domain.jury.HomeCityCheck;
import org.wego.awards.domain.jury.JudgeDirectory.JudgeIdentity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HomeCityCheckTest {

    private static JudgeIdentity account(boolean judge, String city, String country) {
        return new JudgeIdentity("j", "J", true, judge, city, country);
    }

    @Test
    void anAccountWithAMemberHomeAndNothingTypedPasses() {
        assertEquals(List.of(), HomeCityCheck.problems(account(true, "seoul", "KR"), null, null, "KR"));
        assertEquals(List.of(), HomeCityCheck.problems(account(true, "seoul", "KR"), "seoul", "KR", "KR"));
    }

    @Test
    void theCountryFallsBackToTheHomeCitysCountry() {
        JudgeIdentity noCountry = account(true, "seoul", null);
        assertEquals(List.of(), HomeCityCheck.problems(noCountry, null, "KR", "KR"));
        assertEquals("KR", HomeCityCheck.country(noCountry, "KR"));
        assertEquals("MN", HomeCityCheck.country(account(true, "ulaanbaatar", "MN"), "MN"));
    }

    @Test
    void everyMismatchIsReportedAtOnce() {
        List<String> problems = HomeCityCheck.problems(new JudgeIdentity("j", "J", false, false, "seoul", "JP"),
                "busan", "KR", "KR");
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("disabled"));
        assertTrue(problems.get(1).contains("role judge"));
        assertTrue(problems.get(2).contains("seoul is in KR"));
        assertTrue(problems.get(3).contains("'busan' was given"));
        assertTrue(problems.get(4).contains("KR was given, but Keycloak says JP"));
    }

    @Test
    void aHomeThatIsNoKnownMemberOrMissingIsRefused() {
        assertEquals(1, HomeCityCheck.problems(account(true, "atlantis", "GR"), null, null, null).size());
        assertTrue(HomeCityCheck.problems(account(true, null, null), null, null, null).get(0).contains("no home city"));
    }
}
