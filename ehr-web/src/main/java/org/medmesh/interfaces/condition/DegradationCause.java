package org.medmesh.interfaces.condition;

/** Why the node is degraded, each with the token the {@code MedMesh-Condition} header and problems use. */
public enum DegradationCause {

    /** The hospital's database does not answer: nothing can be read or changed. */
    DATABASE_UNREACHABLE("database-unreachable",
            "The hospital's database cannot be reached: records can be neither shown nor changed until it is back."
                    + " What was saved before is safe."),

    /** No peer hospital's broker is reachable: work goes on here and is sent when a link returns. */
    PEERS_UNREACHABLE("peers-unreachable",
            "This hospital is cut off from the other hospitals: what you record here is kept and reaches them when the"
                    + " link is back; records from other hospitals may be out of date.");

    private final String token;
    private final String banner;

    DegradationCause(String token, String banner) {
        this.token = token;
        this.banner = banner;
    }

    public String token() {
        return token;
    }

    /** What the banner on every page says, for the people at work. */
    public String banner() {
        return banner;
    }
}
