package org.medmesh.identity.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.application.AuthenticationFailedException;
import org.medmesh.identity.application.AuthenticationService;
import org.medmesh.identity.application.IssuedToken;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountRepository;
import org.medmesh.identity.infrastructure.token.TokenSigner;

@Stateless
@PermitAll
public class DefaultAuthenticationService implements AuthenticationService {

    private static final Logger LOG = Logger.getLogger(DefaultAuthenticationService.class.getName());

    @Inject
    StaffAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenSigner signer;

    @Inject
    ThisHospital hospital;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "hospital.jwt.ttl-minutes", defaultValue = "60")
    long ttlMinutes;

    @Override
    @PermitAll
    public IssuedToken issueToken(String username, char[] password) {
        Optional<StaffAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            passwords.verifyAgainstDummy(password);
            throw rejected("unknown account");
        }
        StaffAccount account = found.get();
        if (!passwords.verify(password, account.passwordHash())) {
            throw rejected("wrong password");
        }
        if (!account.enabled()) {
            throw rejected("account disabled");
        }
        Instant now = Clock.systemUTC().instant();
        Instant expires = now.plus(Duration.ofMinutes(ttlMinutes));
        String role = account.role().roleName();
        String hospitalId = hospital.profile().id().value();
        String token = signer.sign(Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", account.id().toString())
                .add("upn", account.username())
                .add("name", account.displayName())
                .add("groups", Json.createArrayBuilder().add(role))
                .add("hospital", hospitalId)
                .add("jti", UUID.randomUUID().toString())
                .add("iat", now.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .build());
        return new IssuedToken(token, expires, account.username(), role, hospitalId);
    }

    private static AuthenticationFailedException rejected(String reason) {
        LOG.info(() -> "Sign-in refused: " + reason);
        return new AuthenticationFailedException();
    }
}
