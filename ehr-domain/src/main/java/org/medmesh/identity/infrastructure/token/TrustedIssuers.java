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
import org.medmesh.platform.config.HospitalProperty;

/**
 * The issuers this hospital trusts, from MicroProfile Config: its own ({@code hospital.jwt.issuer},
 * {@code hospital.jwt.public-key.location}; username in {@code upn}, roles in {@code groups}) and each external OpenID
 * Connect issuer named in {@code hospital.auth.issuers}, configured under {@code hospital.auth.issuer.<name>.}:
 * {@code issuer}, {@code jwks} (a {@code file:} or {@code http(s):} URL), {@code audience}, {@code username-claim}
 * (default {@code preferred_username}), {@code roles-claim} (default {@code groups}), {@code role-map}
 * ({@code theirs=ours,…}; default: our role names as they are) and {@code jwks-refresh-seconds} (default 300). A
 * mistake in this configuration fails deployment with a message naming the property.
 */
@ApplicationScoped
public class TrustedIssuers {

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
        String localIssuer = HospitalProperty.JWT_ISSUER.value(config, String.class);
        TrustedIssuer local = new TrustedIssuer("local", localIssuer,
                PemKeySource.read(HospitalProperty.JWT_PUBLIC_KEY_LOCATION.value(config, String.class)),
                Optional.empty(), "upn", "groups", staffRolesAsTheyAre());
        List<TrustedIssuer> external = new ArrayList<>();
        String names = HospitalProperty.AUTH_ISSUERS.optionalValue(config, String.class).orElse("");
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                TrustedIssuer issuer = external(config, name.strip(), clock);
                if (issuer.issuer().equals(localIssuer)
                        || external.stream().anyMatch(other -> other.issuer().equals(issuer.issuer()))) {
                    throw new IllegalStateException(HospitalProperty.AUTH_ISSUER_ISSUER.key(name.strip()) + ": "
                            + issuer.issuer() + " is already trusted under another name");
                }
                external.add(issuer);
            }
        }
        external.forEach(issuer -> LOG.info(() -> "Trusting tokens of external issuer " + issuer.name() + " ("
                + issuer.issuer() + ") for the roles " + issuer.roleMap().values()));
        return new TokenVerifier(local, external, clock);
    }

    private static TrustedIssuer external(Config config, String name, Clock clock) {
        String issuer = HospitalProperty.AUTH_ISSUER_ISSUER.optionalValue(config, name, String.class)
                .orElseThrow(() -> new IllegalStateException(HospitalProperty.AUTH_ISSUER_ISSUER.key(name)
                        + " is required for a trusted issuer"));
        String jwks = HospitalProperty.AUTH_ISSUER_JWKS.optionalValue(config, name, String.class)
                .orElseThrow(() -> new IllegalStateException(HospitalProperty.AUTH_ISSUER_JWKS.key(name)
                        + " is required for a trusted issuer"));
        HospitalProperty refreshSeconds = HospitalProperty.AUTH_ISSUER_JWKS_REFRESH_SECONDS;
        long refresh = refreshSeconds.optionalValue(config, name, Long.class)
                .orElse(Long.valueOf(refreshSeconds.defaultValue()));
        if (refresh < 1) {
            throw new IllegalStateException(refreshSeconds.key(name) + " must be at least 1");
        }
        String roleMapKey = HospitalProperty.AUTH_ISSUER_ROLE_MAP.key(name);
        Map<String, String> roleMap = HospitalProperty.AUTH_ISSUER_ROLE_MAP.optionalValue(config, name, String.class)
                .map(value -> roleMap(roleMapKey, value)).orElseGet(TrustedIssuers::staffRolesAsTheyAre);
        return new TrustedIssuer(name, issuer,
                new JwksKeySource(name, jwks, Duration.ofSeconds(refresh), clock),
                HospitalProperty.AUTH_ISSUER_AUDIENCE.optionalValue(config, name, String.class),
                HospitalProperty.AUTH_ISSUER_USERNAME_CLAIM.optionalValue(config, name, String.class)
                        .orElse(HospitalProperty.AUTH_ISSUER_USERNAME_CLAIM.defaultValue()),
                HospitalProperty.AUTH_ISSUER_ROLES_CLAIM.optionalValue(config, name, String.class)
                        .orElse(HospitalProperty.AUTH_ISSUER_ROLES_CLAIM.defaultValue()),
                roleMap);
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
