package org.medmesh.shared.domain.model;

import java.util.UUID;

/** No record of that kind with that id at this hospital (or it is not visible to the caller). */
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String kind, UUID id) {
        super("No " + kind + " with id " + id + ".");
    }

    /** For things known by a name rather than an id, such as a peer hospital. */
    public RecordNotFound(String kind, String name) {
        super("No " + kind + " named " + name + ".");
    }
}
