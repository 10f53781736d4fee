package org.wego.events.membership;

/** {@code org.wego.membership.vote.cast.v1}: a member voted on an agenda item (key: assembly id). */
public record VoteCastV1(String assemblyId, String itemId, String memberCode, String choice) {
}
