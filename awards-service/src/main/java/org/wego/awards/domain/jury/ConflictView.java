package org.wego.awards.domain.jury;

/** A conflict between a judge and an entry: automatic (same city, same country) or declared, with the reason. */
public record ConflictView(String judge, String kind, String reason) {
}
