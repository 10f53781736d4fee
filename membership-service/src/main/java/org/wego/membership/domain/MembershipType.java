package org.wego.membership.domain;

/** FULL members vote in the General Assembly; ASSOCIATE members take part without a vote unless the rules say so. */
public enum MembershipType {
    FULL, ASSOCIATE
}
