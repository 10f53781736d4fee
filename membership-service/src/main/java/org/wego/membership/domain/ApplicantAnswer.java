package org.wego.membership.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The applicant's answer to a request for more information: a message, and any of the application's details the
 * secretariat asked to correct or complete (fields left out stay as they are).
 */
@Schema(name = "ApplicantAnswer")
public record ApplicantAnswer(
        @NotBlank @Size(max = 2000) String message,
        @PositiveOrZero Long population,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String contactName,
        @Email @Size(min = 3, max = 254) String contactEmail,
        @Size(min = 1, max = 4000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String motivation) {

    /** Applies the given details to {@code application}; returns the names of the fields that changed. */
    List<String> applyTo(MembershipApplication application) {
        List<String> changed = new ArrayList<>();
        if (population != null && !population.equals(application.population)) {
            application.population = population;
            changed.add("population");
        }
        if (website != null && !website.equals(application.website)) {
            application.website = website;
            changed.add("website");
        }
        if (contactName != null && !contactName.strip().equals(application.contactName)) {
            application.contactName = contactName.strip();
            changed.add("contactName");
        }
        if (contactEmail != null && !contactEmail.strip().equals(application.contactEmail)) {
            application.contactEmail = contactEmail.strip();
            changed.add("contactEmail");
        }
        if (motivation != null && !motivation.strip().equals(application.motivation)) {
            application.motivation = motivation.strip();
            changed.add("motivation");
        }
        return changed;
    }
}
