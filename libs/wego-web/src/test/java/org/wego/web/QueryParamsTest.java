package org.wego.web;

import org.junit.jupiter.api.Test;
import org.wego.web.validation.CountryCodeValidator;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParamsTest {

    @Test
    void enumParameterIsCaseInsensitiveAndOptional() {
        assertEquals(TimeUnit.SECONDS, QueryParams.enumOrNull(TimeUnit.class, "seconds", "unit"));
        assertNull(QueryParams.enumOrNull(TimeUnit.class, " ", "unit"));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> QueryParams.enumOrNull(TimeUnit.class, "fortnights", "unit"));
        assertEquals(400, e.status());
        assertEquals("unit", e.violations().get(0).field());
        assertTrue(e.violations().get(0).message().contains("MILLISECONDS"));
    }

    @Test
    void timestampParameterNeedsAZoneAndForgivesAnUnencodedPlus() {
        assertEquals(java.time.Instant.parse("2026-01-01T00:00:00Z"),
                QueryParams.instantOrNull("2026-01-01T09:00:00 09:00", "updatedAfter"));
        assertNull(QueryParams.instantOrNull("", "updatedAfter"));
        ProblemException e = assertThrows(ProblemException.class,
                () -> QueryParams.instantOrNull("2026-01-01T00:00:00", "updatedAfter"));
        assertEquals("updatedAfter", e.violations().get(0).field());
    }

    @Test
    void countryCodesAreIso3166Alpha2() {
        assertTrue(CountryCodeValidator.isCountryCode("KR"));
        assertTrue(CountryCodeValidator.isCountryCode("ET"));
        assertFalse(CountryCodeValidator.isCountryCode("kr"));
        assertFalse(CountryCodeValidator.isCountryCode("KOR"));
        assertFalse(CountryCodeValidator.isCountryCode("XX"));
    }
}
