package org.wego.events.membership;

import java.time.LocalDate;
import java.util.List;

/** {@code org.wego.membership.assembly.roll-fixed.v1}: who may vote at a General Assembly (key: assembly id). */
public record AssemblyRollFixedV1(String assemblyId, LocalDate rollCutoff, List<String> members, int quorumNeeded) {
}
