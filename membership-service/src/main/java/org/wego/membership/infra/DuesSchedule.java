package org.wego.membership.infra;

import io.smallrye.config.ConfigMapping;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Map;

/** The association's dues rules, configuration not code: fee per membership type, due day, grace period. */
@ConfigMapping(prefix = "wego.membership.dues")
public interface DuesSchedule {

    int graceDays();

    /** Day of the year the year's dues fall due, e.g. {@code --03-31}. */
    MonthDay dueMonthDay();

    /** Keyed by membership type (FULL, ASSOCIATE). */
    Map<String, Fee> fees();

    interface Fee {
        BigDecimal amount();

        /** ISO 4217. */
        String currency();
    }
}
