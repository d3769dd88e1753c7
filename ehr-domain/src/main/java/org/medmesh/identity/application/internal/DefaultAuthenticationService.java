package org.medmesh.identity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.application.AuthenticationFailedException;
import org.medmesh.identity.application.AuthenticationService;
import org.medmesh.identity.application.Caller;
import org.medmesh.identity.application.IssuedToken;
import org.medmesh.identity.application.SignInLockedException;
import org.medmesh.identity.domain.model.LockoutPolicy;
import org.medmesh.identity.domain.model.PasswordPolicy;
import org.medmesh.identity.domain.model.PasswordRejected;
import org.medmesh.identity.domain.model.SignInFailure;
import org.medmesh.identity.domain.model.SignInFailureRepository;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountRepository;
import org.medmesh.identity.infrastructure.token.TokenSigner;
import org.medmesh.platform.config.HospitalProperty;

@Stateless
public class DefaultAuthenticationService implements AuthenticationService {

    private static final Logger LOG = Logger.getLogger(DefaultAuthenticationService.class.getName());

    @Inject
    StaffAccountRepository accounts;

    @Inject
    SignInFailureRepository failures;

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenSigner signer;

    @Inject
    ThisHospital hospital;

    @Inject
    Caller caller;

    @Inject
    AcceptedTokens accepted;

    @Inject
    SignInMetrics metrics;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.JWT_ISSUER)
    String issuer;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.JWT_TTL_MINUTES, defaultValue = "60")
    long ttlMinutes;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.SIGNIN_MAX_FAILURES, defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.SIGNIN_LOCK_MINUTES, defaultValue = "15")
    long lockMinutes;

    private final Clock clock = Clock.systemUTC();

    @Override
    public IssuedToken issueToken(String username, char[] password) {
        String key = throttleKey(username);
        Instant now = clock.instant();
        SignInFailure throttle = failures.lockFor(key);
        if (throttle.lockedAt(now)) {
            LOG.info("Sign-in refused: locked after repeated failures");
            metrics.ended(SignInMetrics.Outcome.LOCKED);
            throw new SignInLockedException(throttle.retryAfter(now));
        }
        Optional<StaffAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            passwords.verifyAgainstDummy(password);
            throw failed(throttle, now, "unknown account");
        }
        StaffAccount account = found.get();
        if (!passwords.verify(password, account.passwordHash())) {
            throw failed(throttle, now, "wrong password for account " + account.id());
        }
        if (!account.enabled()) {
            throw failed(throttle, now, "account " + account.id() + " disabled");
        }
        failures.clear(key);
        metrics.ended(SignInMetrics.Outcome.SUCCEEDED);
        return sign(account, now);
    }

    @Override
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        String username = caller.username();
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("signed-in caller without an account"));
        Instant now = clock.instant();
        SignInFailure throttle = failures.lockFor(throttleKey(username));
        if (throttle.lockedAt(now)) {
            throw new SignInLockedException(throttle.retryAfter(now));
        }
        if (currentPassword == null || !passwords.verify(currentPassword, account.passwordHash())) {
            failed(throttle, now, "wrong current password for account " + account.id());
            throw new PasswordRejected("currentPassword", List.of("The current password is wrong."));
        }
        PasswordPolicy.require(username, newPassword, "newPassword");
        if (passwords.verify(newPassword, account.passwordHash())) {
            throw new PasswordRejected("newPassword", List.of("The new password must differ from the current one."));
        }
        failures.clear(throttleKey(username));
        account.changePassword(passwords.hash(newPassword), username, now);
        accepted.forgetAllOnceDone();
        LOG.info(() -> "Password changed by the holder of account " + account.id());
    }

    private IssuedToken sign(StaffAccount account, Instant now) {
        Instant issued = account.tokenIssueInstant(now);
        Instant expires = issued.plus(Duration.ofMinutes(ttlMinutes));
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
                .add("iat", issued.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .build());
        return new IssuedToken(token, expires, account.username(), role, hospitalId);
    }

    private AuthenticationFailedException failed(SignInFailure throttle, Instant now, String reason) {
        boolean locked = throttle.recordFailure(new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes)), now);
        metrics.ended(SignInMetrics.Outcome.FAILED);
        if (locked) {
            metrics.locked();
        }
        LOG.info(() -> "Sign-in refused: " + reason + (locked
                ? "; the username is now locked for " + lockMinutes + " minutes after " + maxFailures + " failures"
                : ""));
        return new AuthenticationFailedException();
    }

    /** Failures are counted per submitted username, lower-cased (usernames are lower-case), at most 64 characters. */
    static String throttleKey(String username) {
        String lower = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return lower.length() > 64 ? lower.substring(0, 64) : lower;
    }
}
