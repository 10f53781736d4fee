package org.wego.events;

/** One topic per producing service; the key of every record is the aggregate id. */
public final class Topics {

    public static final String MEMBERSHIP = "wego.membership.events";
    public static final String AWARDS = "wego.awards.events";
    public static final String CEDS = "wego.ceds.events";
    public static final String KNOWLEDGE = "wego.knowledge.events";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
