package org.wego.awards.domain;

/**
 * Who is asking, as the awards rules need it: staff see everything of an edition, a judge what they are assigned
 * and not conflicted on, a city official their own city's entries, everyone announced results.
 */
public record Viewer(String username, boolean admin, boolean staff, boolean judge, String city) {

    public static final Viewer ANONYMOUS = new Viewer(null, false, false, false, null);

    public boolean actsFor(String memberCity) {
        return staff || (city != null && city.equals(memberCity));
    }
}
