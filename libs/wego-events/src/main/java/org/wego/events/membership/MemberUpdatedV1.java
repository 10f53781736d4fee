package org.wego.events.membership;

import java.util.List;

/**
 * {@code org.wego.membership.member.updated.v1}: a member's profile changed. Carries the full new profile (consumers
 * need no earlier state) and the names of the fields that changed.
 */
public record MemberUpdatedV1(String code, String name, String country, String region, String type, Long population,
                              String website, boolean foundingMember, List<String> changedFields) {
}
