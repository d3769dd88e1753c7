package org.medmesh.shared.application.replica;

/** A coded concept in a replicated state: code system, code and display text, in the columns of those names. */
public record Coding(
        @StoredIn("code_system") String system,
        @StoredIn("code") String code,
        @StoredIn("display") String display) {
}
