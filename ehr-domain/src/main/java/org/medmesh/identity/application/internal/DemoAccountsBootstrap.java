package org.medmesh.identity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountRepository;
import org.medmesh.identity.domain.model.StaffId;
import org.medmesh.identity.domain.model.StaffRole;
import org.medmesh.platform.config.HospitalProperty;

/**
 * Creates the demo network's staff accounts at startup from the file named by {@code hospital.demo-users.file} (lines
 * {@code username:role:password}; {@code #} starts a comment). Accounts that already exist are left alone, including
 * one another server instance of the hospital creates at the same moment (each account in a transaction of its own).
 * Production nodes leave the property unset.
 */
@Singleton
@Startup
@DependsOn("HospitalDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoAccountsBootstrap {

    private static final Logger LOG = Logger.getLogger(DemoAccountsBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.DEMO_USERS_FILE)
    Optional<String> demoUsersFile;

    @Inject
    StaffAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void createMissingAccounts() {
        if (demoUsersFile.isEmpty() || demoUsersFile.get().isBlank()) {
            return;
        }
        Path file = Path.of(demoUsersFile.get());
        int created = 0;
        for (DemoAccount demo : read(file)) {
            if (accounts.findByUsername(demo.username()).isEmpty() && create(demo)) {
                created++;
            }
        }
        int count = created;
        LOG.info(() -> "Demo accounts: " + count + " created from " + file);
    }

    /** Creates the account; false when another instance of the hospital created it first. */
    private boolean create(DemoAccount demo) {
        StaffAccount account = new StaffAccount(StaffId.next(), demo.username(), demo.displayName(), demo.role(),
                passwords.hash(demo.password().toCharArray()), Instant.now(), "demo-bootstrap");
        try {
            transaction.begin();
            accounts.store(account);
            transaction.commit();
            return true;
        } catch (Exception e) {
            rollBack();
            if (accounts.findByUsername(demo.username()).isPresent()) {
                return false;
            }
            throw new IllegalStateException("cannot create the demo account " + demo.username(), e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.warning(() -> "rolling back a demo account's creation failed: " + e.getMessage());
        }
    }

    static List<DemoAccount> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(DemoAccount::parse)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo users file " + file, e);
        }
    }

    record DemoAccount(String username, StaffRole role, String password) {

        static DemoAccount parse(String line) {
            String[] parts = line.split(":", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                throw new IllegalArgumentException("demo user line must be username:role:password");
            }
            return new DemoAccount(parts[0], StaffRole.fromRoleName(parts[1]), parts[2]);
        }

        String displayName() {
            return "Demo " + role.roleName() + " " + username;
        }
    }
}
