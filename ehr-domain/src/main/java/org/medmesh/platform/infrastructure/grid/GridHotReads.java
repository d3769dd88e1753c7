package org.medmesh.platform.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.medmesh.platform.application.HotReads;
import org.medmesh.platform.config.HospitalProperty;

/**
 * The hot reads in Payara's data grid (its Hazelcast instance, {@code payara/Hazelcast} in JNDI): one map,
 * {@code medmesh-hot-reads}, of {@link SealedEntries sealed} entries that expire after {@value #TTL_MINUTES} minutes. A
 * read, and the write after a read that missed, wait for the grid at most {@value #READ_WAIT_MILLIS} ms each, so a slow
 * or partitioned grid costs a read that much before it goes to the database. Counted in {@code medmesh_hot_reads_total}
 * by region and outcome: hit, miss, stale (kept at an older generation), refused (an entry that fails its seal),
 * grid_down, off (no key or no grid).
 */
@ApplicationScoped
public class GridHotReads implements HotReads {

    static final String MAP = "medmesh-hot-reads";
    /** The regions kept in the grid (their series are there from start-up). */
    static final List<String> REGIONS = List.of("chart");
    static final List<String> OUTCOMES = List.of("hit", "miss", "stale", "refused", "grid_down", "off");
    static final String JNDI = "payara/Hazelcast";
    static final long TTL_MINUTES = 10;
    static final long READ_WAIT_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(GridHotReads.class.getName());

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.CACHE_KEY)
    Optional<String> secret;

    @Inject
    MetricRegistry registry;

    SealedEntries entries;
    volatile HazelcastInstance grid;
    /** Counts one outcome of a region: {@code medmesh_hot_reads_total}. */
    BiConsumer<String, String> count;
    private volatile boolean gridMissingSaid;

    /** Made with the application, so every series is scraped from start-up. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the container create this bean now.
    }

    @PostConstruct
    void start() {
        Metadata reads = Metadata.builder().withName("medmesh_hot_reads")
                .withDescription("Hot reads asked of the data grid, by region and outcome").build();
        for (String region : REGIONS) {
            for (String outcome : OUTCOMES) {
                registry.counter(reads, new Tag("region", region), new Tag("outcome", outcome));
            }
        }
        count = (region, outcome) -> registry.counter(reads, new Tag("region", region), new Tag("outcome", outcome))
                .inc();
        readKey();
    }

    void readKey() {
        String value = secret.map(String::strip).orElse("");
        if (value.isEmpty()) {
            LOG.warning(() -> HospitalProperty.Names.CACHE_KEY + " is not set: nothing is kept in the data grid, every "
                    + "chart is read from the database");
            return;
        }
        try {
            entries = new SealedEntries(value.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(HospitalProperty.Names.CACHE_KEY + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> read(String region, UUID key, String generation) {
        Optional<IMap<String, byte[]>> map = map();
        if (map.isEmpty()) {
            return counted(region, "off", Optional.empty());
        }
        byte[] entry;
        try {
            entry = map.get().getAsync(entries.name(region, key)).toCompletableFuture()
                    .get(READ_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return counted(region, "grid_down", Optional.empty());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.FINE, "data grid read failed", e);
            return counted(region, "grid_down", Optional.empty());
        }
        if (entry == null) {
            return counted(region, "miss", Optional.empty());
        }
        SealedEntries.Opened opened = entries.open(region, key, generation, entry);
        if (opened instanceof SealedEntries.Refused refused) {
            LOG.warning(() -> "A hot read in the data grid was refused (region " + region + "): " + refused.why()
                    + ". It is read from the database and replaced; if this repeats, something that is not one of "
                    + "this hospital's instances may be writing to its grid.");
            return counted(region, "refused", Optional.empty());
        }
        return counted(region, opened instanceof SealedEntries.Stale ? "stale" : "hit",
                SealedEntries.valueOf(opened));
    }

    /** Waits for the grid as a read does, at most, so the next read at any instance finds what was kept. */
    @Override
    public void keep(String region, UUID key, String generation, String value) {
        map().ifPresent(map -> {
            try {
                map.setAsync(entries.name(region, key), entries.seal(region, key, generation, value), TTL_MINUTES,
                        TimeUnit.MINUTES).toCompletableFuture().get(READ_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.log(Level.FINE, "data grid write failed", e);
            }
        });
    }

    private Optional<IMap<String, byte[]>> map() {
        if (entries == null) {
            return Optional.empty();
        }
        HazelcastInstance instance = grid;
        if (instance == null) {
            try {
                instance = (HazelcastInstance) new InitialContext().lookup(JNDI);
            } catch (NamingException | ClassCastException e) {
                if (!gridMissingSaid) {
                    gridMissingSaid = true;
                    LOG.warning(() -> "No data grid (" + JNDI + " in JNDI: " + e.getMessage() + "): every chart is "
                            + "read from the database");
                }
                return Optional.empty();
            }
            grid = instance;
        }
        try {
            return Optional.of(instance.getMap(MAP));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "data grid unavailable", e);
            return Optional.empty();
        }
    }

    private <T> T counted(String region, String outcome, T result) {
        count.accept(region, outcome);
        return result;
    }
}
