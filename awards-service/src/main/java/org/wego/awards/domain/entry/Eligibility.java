package org.wego.awards.domain.entry;

import org.wego.awards.domain.MemberCity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may enter: a member city in good standing on the day, as this service learnt it from membership events
 * (never by asking the membership-service, so entering works while it is down).
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** @return why the city may not enter, or empty when it may */
    public static Optional<String> refusal(String code, MemberCity city, LocalDate today) {
        if (city == null) {
            return Optional.of("'" + code + "' is not a member city known to the WeGO Awards (no admission received "
                    + "from the membership-service)");
        }
        if (!city.goodStandingOn(today)) {
            return Optional.of(city.name + " is not a member in good standing (membership status " + city.status
                    + (city.standingFrom == null ? "" : " since " + city.standingFrom)
                    + "); entries reopen when the membership is restored");
        }
        return Optional.empty();
    }
}
