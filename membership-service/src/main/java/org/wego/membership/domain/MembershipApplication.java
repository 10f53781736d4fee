package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A city's request to join; approval turns the proposed data into a {@link Member}. */
@Entity
@Table(name = "membership_application")
public class MembershipApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false, length = 2)
    public String country;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipType type;
    public Long population;
    public String website;

    @Column(name = "contact_name", nullable = false)
    public String contactName;
    @Column(name = "contact_email", nullable = false)
    public String contactEmail;
    @Column(nullable = false)
    public String motivation;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    /** Set when approved: the member this application became. */
    @Column(name = "member_code")
    public String memberCode;

    /** SHA-256 of the applicant's follow-up token ({@link FollowUpToken}); null for applications older than it. */
    @Column(name = "follow_up_token_sha256")
    public byte[] followUpTokenSha256;

    @Version
    public long version;

    /** The secretariat's latest request for information in {@code steps} (this application's), while it is open. */
    public String openInformationRequest(List<ApplicationStep> steps) {
        if (status != ApplicationStatus.INFO_REQUESTED) {
            return null;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (ApplicationWorkflow.Action.REQUEST_INFO.name().equals(steps.get(i).action)) {
                return steps.get(i).comment;
            }
        }
        return null;
    }

    public List<ApplicationStep> steps() {
        return ApplicationStep.list("applicationId = ?1 order by seq", id);
    }
}
