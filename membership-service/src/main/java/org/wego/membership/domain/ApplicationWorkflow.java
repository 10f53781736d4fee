package org.wego.membership.domain;

import java.util.Map;

/**
 * How a membership application moves: the secretariat reviews (asks for more information, records that it arrived,
 * recommends), the applicant answers a request for information themselves (or the secretariat records that the
 * answer arrived by other means), the executive (wego-admin) decides. Approval needs a recommendation first; rejection is possible at
 * any open stage. Each refusal says why.
 */
public final class ApplicationWorkflow {

    public enum Action {
        REQUEST_INFO, INFO_RECEIVED, INFO_PROVIDED, RECOMMEND, APPROVE, REJECT
    }

    public record Outcome(ApplicationStatus next, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    private static final Map<Action, ApplicationStatus> RESULT = Map.of(
            Action.REQUEST_INFO, ApplicationStatus.INFO_REQUESTED,
            Action.INFO_RECEIVED, ApplicationStatus.SUBMITTED,
            Action.INFO_PROVIDED, ApplicationStatus.SUBMITTED,
            Action.RECOMMEND, ApplicationStatus.RECOMMENDED,
            Action.APPROVE, ApplicationStatus.APPROVED,
            Action.REJECT, ApplicationStatus.REJECTED);

    private ApplicationWorkflow() {
    }

    public static Outcome apply(ApplicationStatus current, Action action, boolean executive) {
        if (!current.isOpen()) {
            return refuse("The application was already " + current + "; it cannot change any more");
        }
        boolean fits = switch (action) {
            case REQUEST_INFO, RECOMMEND -> current == ApplicationStatus.SUBMITTED;
            case INFO_RECEIVED, INFO_PROVIDED -> current == ApplicationStatus.INFO_REQUESTED;
            case APPROVE -> current == ApplicationStatus.RECOMMENDED;
            case REJECT -> true;
        };
        if (!fits) {
            return refuse(switch (action) {
                case REQUEST_INFO, RECOMMEND -> action + " applies to a SUBMITTED application, not " + current;
                case INFO_RECEIVED, INFO_PROVIDED -> "No information was requested (the application is " + current + ")";
                case APPROVE -> "Only a RECOMMENDED application can be approved (this one is " + current
                        + "); the secretariat recommends first";
                case REJECT -> throw new IllegalStateException();
            });
        }
        if ((action == Action.APPROVE || action == Action.REJECT) && !executive) {
            return refuse("Approving or rejecting is an executive decision: only wego-admin may record it");
        }
        return new Outcome(RESULT.get(action), null);
    }

    private static Outcome refuse(String reason) {
        return new Outcome(null, reason);
    }
}
