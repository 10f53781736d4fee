package org.wego.awards.domain.jury;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Key of everything that binds one judge to one entry: assignments, declared conflicts, reviews. */
public class EntryJudgeKey implements Serializable {
    public UUID entryId;
    public String judge;

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryJudgeKey k && Objects.equals(entryId, k.entryId) && Objects.equals(judge, k.judge);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entryId, judge);
    }
}
