package org.wego.membership.domain;

/** WeGO's six regions, as its membership statistics have always been reported. */
public enum Region {
    ASIA, AFRICA, EUROPE, AMERICAS, MIDDLE_EAST, OCEANIA
}
