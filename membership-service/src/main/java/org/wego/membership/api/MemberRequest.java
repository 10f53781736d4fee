package org.wego.membership.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wego.membership.domain.Member;
import org.wego.membership.domain.MembershipType;
import org.wego.membership.domain.Region;
import org.wego.web.validation.CountryCode;

import java.time.LocalDate;

@Schema(name = "MemberRequest", description = "A member city or local government to admit")
public record MemberRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be a lower-case slug such as seoul or addis-ababa")
        @Schema(examples = "seoul") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Seoul Metropolitan Government") String name,
        @NotNull @CountryCode @Schema(examples = "KR") String country,
        @NotNull Region region,
        @NotNull MembershipType type,
        @PositiveOrZero Long population,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        boolean foundingMember,
        @NotNull @Schema(examples = "2008-09-01") LocalDate joinedOn) {

    static MemberRequest of(Member m) {
        return new MemberRequest(m.code, m.name, m.country, m.region, m.type, m.population, m.website,
                m.foundingMember, m.joinedOn);
    }

    Member toMember() {
        Member member = new Member();
        member.code = code;
        member.name = name.strip();
        member.country = country;
        member.region = region;
        member.type = type;
        member.population = population;
        member.website = website;
        member.foundingMember = foundingMember;
        member.joinedOn = joinedOn;
        return member;
    }
}
