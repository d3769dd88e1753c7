package org.medmesh.identity.infrastructure.token;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;
import org.medmesh.identity.domain.model.StaffRole;

/**
 * The issuers this hospital trusts, from MicroProfile Config: its own ({@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.publickey.location}; username in {@code upn}, roles in {@code groups}) and each external OpenID
 * Connect issuer named in {@code hospital.auth.issuers}, configured under {@code hospital.auth.issuer.<name>.}:
 * {@code issuer}, {@code jwks} (a {@code file:} or {@code http(s):} URL), {@code audience}, {@code username-claim}
 * (default {@code preferred_username}), {@code roles-claim} (default {@code groups}), {@code role-map}
 * ({@code theirs=ours,…}; default: our role names as they are) and {@code jwks-refresh-seconds} (default 300). A
 * mistake in this configuration fails deployment with a message naming the property.
 */
@ApplicationScoped
public class TrustedIssuers {

    static final String PREFIX = "hospital.auth.issuer.";

    private static final Logger LOG = Logger.getLogger(TrustedIssuers.class.getName());

    @Inject
    Config config;

    private TokenVerifier verifier;

    @PostConstruct
    void configure() {
        verifier = fromConfig(config, Clock.systemUTC());
    }

    /** The verifier over every trusted issuer. */
    public TokenVerifier verifier() {
        return verifier;
    }

    static TokenVerifier fromConfig(Config config, Clock clock) {
        String localIssuer = config.getValue("mp.jwt.verify.issuer", String.class);
        TrustedIssuer local = new TrustedIssuer("local", localIssuer,
                PemKeySource.read(config.getValue("mp.jwt.verify.publickey.location", String.class)),
                Optional.empty(), "upn", "groups", staffRolesAsTheyAre());
        List<TrustedIssuer> external = new ArrayList<>();
        for (String name : config.getOptionalValue("hospital.auth.issuers", String.class).orElse("").split(",")) {
            if (!name.isBlank()) {
                TrustedIssuer issuer = external(config, name.strip(), clock);
                if (issuer.issuer().equals(localIssuer)
                        || external.stream().anyMatch(other -> other.issuer().equals(issuer.issuer()))) {
                    throw new IllegalStateException(PREFIX + name.strip() + ".issuer: " + issuer.issuer()
                            + " is already trusted under another name");
                }
                external.add(issuer);
            }
        }
        external.forEach(issuer -> LOG.info(() -> "Trusting tokens of external issuer " + issuer.name() + " ("
                + issuer.issuer() + ") for the roles " + issuer.roleMap().values()));
        return new TokenVerifier(local, external, clock);
    }

    private static TrustedIssuer external(Config config, String name, Clock clock) {
        String prefix = PREFIX + name + ".";
        String issuer = config.getOptionalValue(prefix + "issuer", String.class)
                .orElseThrow(() -> new IllegalStateException(prefix + "issuer is required for a trusted issuer"));
        String jwks = config.getOptionalValue(prefix + "jwks", String.class)
                .orElseThrow(() -> new IllegalStateException(prefix + "jwks is required for a trusted issuer"));
        long refresh = config.getOptionalValue(prefix + "jwks-refresh-seconds", Long.class).orElse(300L);
        if (refresh < 1) {
            throw new IllegalStateException(prefix + "jwks-refresh-seconds must be at least 1");
        }
        Map<String, String> roleMap = config.getOptionalValue(prefix + "role-map", String.class)
                .map(value -> roleMap(prefix + "role-map", value)).orElseGet(TrustedIssuers::staffRolesAsTheyAre);
        return new TrustedIssuer(name, issuer,
                new JwksKeySource(name, jwks, Duration.ofSeconds(refresh), clock),
                config.getOptionalValue(prefix + "audience", String.class),
                config.getOptionalValue(prefix + "username-claim", String.class).orElse("preferred_username"),
                config.getOptionalValue(prefix + "roles-claim", String.class).orElse("groups"), roleMap);
    }

    /** {@code theirs=ours,…}; every target must be a staff role (never the system role). */
    static Map<String, String> roleMap(String property, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalStateException(property + ": '" + pair.strip() + "' is not theirs=ours");
            }
            try {
                map.put(parts[0].strip(), StaffRole.fromRoleName(parts[1]).roleName());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(property + ": " + e.getMessage(), e);
            }
        }
        return map;
    }

    private static Map<String, String> staffRolesAsTheyAre() {
        Map<String, String> map = new LinkedHashMap<>();
        for (StaffRole role : StaffRole.values()) {
            map.put(role.roleName(), role.roleName());
        }
        return map;
    }
}
