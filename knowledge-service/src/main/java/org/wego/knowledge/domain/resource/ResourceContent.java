package org.wego.knowledge.domain.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wego.web.validation.HttpUrl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The editable content of a knowledge resource, exactly as clients send it (create body, and the document a merge
 * patch is applied to). Typed fields only: a MongoDB operator such as {@code {"$gt":""}} cannot be bound to a
 * String, unknown keys are refused, so nothing a client sends ever becomes a query operator.
 */
public record ResourceContent(
        @NotNull ResourceType type,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2_000) String summary,
        @Size(max = 100_000) String body,
        @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en") String language,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> cities,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z]{2}") String> countries,
        @Size(max = 6) List<@NotNull @Pattern(regexp = "ASIA|AFRICA|EUROPE|AMERICAS|MIDDLE_EAST|OCEANIA") String> regions,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String> themes,
        @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 30) List<@NotNull @Valid Link> links,
        @Size(max = 100) String licence,
        @Valid Provenance provenance,
        @Valid EventDetails event,
        @Valid ProgramDetails program,
        @Valid PartnerDetails partner) {

    /** A link or attachment: where it is and what it is (the file itself lives elsewhere). */
    public record Link(@NotBlank @HttpUrl String url,
                       @Size(max = 300) String title,
                       @Pattern(regexp = "[a-z]+/[a-zA-Z0-9.+-]+") String mediaType,
                       @Min(0) Long sizeBytes) {
    }

    /** Where the resource comes from: a city, a partner, an award entry, or WeGO itself. */
    public record Provenance(@NotNull @Pattern(regexp = "CITY|PARTNER|AWARD_ENTRY|WEGO") String source,
                             @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String city,
                             @Size(max = 200) String partner,
                             @Size(max = 64) String awardEdition,
                             Integer awardYear,
                             @Size(max = 40) String awardCategory,
                             @Size(max = 64) String awardEntry,
                             Integer awardPlace) {
    }

    /** A webinar, lecture, course, General Assembly or site visit, in local time of {@code timeZone}. */
    public record EventDetails(@NotNull @Pattern(regexp = "WEBINAR|LECTURE|TRAINING_COURSE|GENERAL_ASSEMBLY|SITE_VISIT") String kind,
                               @NotNull LocalDateTime start,
                               @NotNull LocalDateTime end,
                               @NotBlank @Size(max = 60) String timeZone,
                               @Size(max = 300) String location,
                               @HttpUrl String onlineUrl,
                               @HttpUrl String registrationUrl) {
    }

    /** A feasibility study, technical assistance or research project with a city and a partner. */
    public record ProgramDetails(@NotNull @Pattern(regexp = "FEASIBILITY_STUDY|TECHNICAL_ASSISTANCE|RESEARCH_PROJECT") String kind,
                                 @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String city,
                                 @Size(max = 200) String partner,
                                 @NotNull @Pattern(regexp = "PLANNED|ONGOING|COMPLETED|CANCELLED") String status,
                                 @NotNull LocalDate periodStart,
                                 LocalDate periodEnd) {
    }

    /** A partner organisation and its memoranda of understanding with WeGO. */
    public record PartnerDetails(@NotBlank @Size(max = 200) String organisation,
                                 @Size(max = 50) List<@NotNull @Valid Mou> mous) {
    }

    public record Mou(@NotNull LocalDate signedOn, @NotBlank @Size(max = 1_000) String scope,
                      @NotNull @Pattern(regexp = "ACTIVE|EXPIRED|TERMINATED") String status) {
    }
}
