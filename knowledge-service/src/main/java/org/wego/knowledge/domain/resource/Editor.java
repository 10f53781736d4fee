package org.wego.knowledge.domain.resource;

/** Who is writing or reading: staff edit everything, a city official their own city's drafts, anonymous reads published. */
public record Editor(String username, boolean staff, String city) {

    public static final Editor ANONYMOUS = new Editor(null, false, null);

    public boolean mayRead(KnowledgeResource r) {
        return Status.PUBLISHED.name().equals(r.status) || staff || (city != null && city.equals(r.ownerCity));
    }

    public boolean mayEdit(KnowledgeResource r) {
        return staff || (city != null && city.equals(r.ownerCity) && Status.DRAFT.name().equals(r.status));
    }
}
