package org.medmesh.client.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;

/**
 * Asks the rebuilt hospital ({@code target}) to have its peer send everything it lacks, then compares both hospitals'
 * digests every second until they are equal or the time is up, asking again every minute (a repair request can be lost
 * when the peer restarts). Prints progress as record counts, never records.
 */
public final class RebuildWatch {

    private static final Logger LOG = Logger.getLogger(RebuildWatch.class.getName());
    private static final Duration ASK_AGAIN = Duration.ofSeconds(60);
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

    /** One hospital's API, signed in as its administrator. */
    public record SignedIn(String id, ApiClient api, String token) {

        TableDigests digests() {
            return TableDigests.of(api.get("api/v1/sync/digest", token).accepted());
        }
    }

    private final SignedIn target;
    private final SignedIn peer;
    private final Clock clock;

    public RebuildWatch(SignedIn target, SignedIn peer, Clock clock) {
        this.target = target;
        this.peer = peer;
        this.clock = clock;
    }

    /** True when the digests became equal before {@code timeout}. */
    public boolean run(Duration timeout) throws InterruptedException {
        Instant started = clock.instant();
        Instant deadline = started.plus(timeout);
        Instant askedAt = askForRepair();
        long lastShown = -1;
        while (clock.instant().isBefore(deadline)) {
            TableDigests want = peer.digests();
            TableDigests have = target.digests();
            if (want.equals(have)) {
                LOG.info(String.format(Locale.ROOT, "[%s] rebuilt from %s: %d records in %.1f s; digests equal",
                        target.id(), peer.id(), have.totalRows(), secondsSince(started)));
                return true;
            }
            if (have.totalRows() != lastShown) {
                LOG.info(String.format(Locale.ROOT, "[%s] %d of %d records (%s)", target.id(), have.totalRows(),
                        want.totalRows(), have.lagBehind(want)));
                lastShown = have.totalRows();
            }
            if (clock.instant().isAfter(askedAt.plus(ASK_AGAIN))) {
                askedAt = askForRepair();
            }
            Thread.sleep(LOOK_AGAIN.toMillis());
        }
        LOG.severe(String.format(Locale.ROOT, "[%s] digests still differ from %s after %d s (%s); see ./ehr status "
                + "and GET /api/v1/sync/status", target.id(), peer.id(), timeout.toSeconds(),
                target.digests().lagBehind(peer.digests())));
        return false;
    }

    private Instant askForRepair() {
        Reply asked = target.api().send("POST", "api/v1/sync/peers/" + peer.id() + "/repair", target.token(), null);
        if (asked.status() != 202) {
            throw new IllegalStateException(target.id() + " refused the repair request: " + asked);
        }
        LOG.info(String.format("[%s] asked %s to send what it lacks", target.id(), peer.id()));
        return clock.instant();
    }

    private double secondsSince(Instant since) {
        return Duration.between(since, clock.instant()).toMillis() / 1000.0;
    }
}
