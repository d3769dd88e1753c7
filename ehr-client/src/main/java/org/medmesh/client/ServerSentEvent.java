package org.medmesh.client;

/**
 * One server-sent event as a stream delivered it.
 *
 * @param id the event's id (what {@code Last-Event-ID} resumes after), or null
 * @param name the event's name ({@code event:}), or {@code message} when it had none
 */
public record ServerSentEvent(String id, String name, String data) {
}
