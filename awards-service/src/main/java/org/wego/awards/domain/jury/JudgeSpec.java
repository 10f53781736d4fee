package org.wego.awards.domain.jury;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A judge to add to an edition: the Keycloak username, home city and country, and the category panels. */
public record JudgeSpec(@NotBlank @Size(max = 100) String username,
                        @NotBlank @Size(max = 200) String name,
                        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String city,
                        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
                        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String> categories) {
}
