package org.wego.membership.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wego.membership.domain.MembershipStatus;

import java.time.LocalDate;

@Schema(name = "StatusChangeRequest", description = "A dated status change; may be back-dated to record history")
public record StatusChangeRequest(
        @NotNull MembershipStatus status,
        @NotNull @Schema(examples = "2016-04-01") LocalDate effectiveDate,
        @NotBlank @Size(max = 500) @Schema(examples = "Dues for 2015 unpaid after the grace period") String reason,
        @Schema(description = "true to insert a change before the latest recorded one (a decision recorded late); "
                + "later statuses are re-derived and published") Boolean correction) {
}
