package org.wego.events.consume;

/**
 * The one ordering rule of projections: state last set by the event numbered {@code current} is replaced by the
 * event numbered {@code incoming} only if that one is newer. Where either number is unknown (events from before
 * the numbering, or from a producer that does not number them) the newest to arrive wins, as it always did.
 */
public final class Sequences {

    private Sequences() {
    }

    public static boolean supersedes(Long incoming, Long current) {
        return incoming == null || current == null || incoming > current;
    }
}
