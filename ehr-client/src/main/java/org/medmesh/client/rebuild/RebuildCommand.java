package org.medmesh.client.rebuild;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import org.medmesh.client.ApiClient;
import org.medmesh.client.StaffLogins;
import org.medmesh.client.StaffLogins.StaffLogin;

/**
 * The main of {@code ./ehr rebuild} (server-config/bin/cmd-rebuild.sh):
 * {@code TARGET URL LOGINS PEER URL LOGINS TIMEOUT_SECONDS}, signing in as each hospital's demo administrator. Exits 0
 * when the digests became equal, 1 when they did not in time, 2 on bad arguments.
 */
public final class RebuildCommand {

    private static final Logger LOG = Logger.getLogger(RebuildCommand.class.getName());
    private static final String USAGE = "usage: rebuild TARGET URL LOGINS PEER URL LOGINS TIMEOUT_SECONDS";

    private RebuildCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%n");
        Duration timeout;
        try {
            timeout = timeout(args);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            System.exit(2);
            return;
        }
        RebuildWatch watch = new RebuildWatch(signIn(args[0], args[1], Path.of(args[2])),
                signIn(args[3], args[4], Path.of(args[5])), Clock.systemUTC());
        System.exit(watch.run(timeout) ? 0 : 1);
    }

    static Duration timeout(String... args) {
        if (args.length != 7) {
            throw new IllegalArgumentException(USAGE);
        }
        try {
            Duration timeout = Duration.ofSeconds(Long.parseLong(args[6]));
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(USAGE + " (TIMEOUT_SECONDS is positive)");
            }
            return timeout;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(USAGE + " (TIMEOUT_SECONDS is a whole number)", e);
        }
    }

    private static RebuildWatch.SignedIn signIn(String hospital, String url, Path logins) {
        StaffLogin admin = StaffLogins.withRole(StaffLogins.read(logins), "admin");
        ApiClient api = new ApiClient(url);
        return new RebuildWatch.SignedIn(hospital, api, api.token(admin.username(), admin.password()));
    }
}
