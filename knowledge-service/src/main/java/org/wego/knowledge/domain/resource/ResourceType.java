package org.wego.knowledge.domain.resource;

/** What a knowledge resource is. EVENT, PROGRAM and PARTNER carry their own details. */
public enum ResourceType { GOOD_PRACTICE, REPORT, TOOL, EVENT, PROGRAM, PARTNER }
