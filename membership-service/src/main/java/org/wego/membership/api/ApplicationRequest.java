package org.wego.membership.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wego.membership.domain.MembershipApplication;
import org.wego.membership.domain.MembershipType;
import org.wego.membership.domain.Region;
import org.wego.web.validation.CountryCode;

@Schema(name = "ApplicationRequest", description = "A city or local government applying to join WeGO")
public record ApplicationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be a lower-case slug such as seoul or addis-ababa") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @CountryCode String country,
        @NotNull Region region,
        @NotNull MembershipType type,
        @PositiveOrZero Long population,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @NotBlank @Size(max = 4000) String motivation) {

    MembershipApplication toApplication() {
        MembershipApplication a = new MembershipApplication();
        a.code = code;
        a.name = name.strip();
        a.country = country;
        a.region = region;
        a.type = type;
        a.population = population;
        a.website = website;
        a.contactName = contactName.strip();
        a.contactEmail = contactEmail.strip();
        a.motivation = motivation.strip();
        return a;
    }
}
