package org.wego.awards.domain.jury;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A judge to add to an edition: the Keycloak username and the category panels. Name, home city and country come from
 * the Keycloak account; given here they are only checked against it.
 */
public record JudgeSpec(@NotBlank @Size(max = 100) String username,
                        @Schema(description = "Display name; default: the account's first and last name")
                        @Size(max = 200) String name,
                        @Schema(description = "Optional check: must equal the account's city attribute")
                        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String city,
                        @Schema(description = "Optional check: must equal the account's country")
                        @Pattern(regexp = "[A-Z]{2}") String country,
                        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String> categories) {
}
