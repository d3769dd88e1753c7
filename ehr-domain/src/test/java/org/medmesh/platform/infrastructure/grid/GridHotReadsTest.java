package org.medmesh.platform.infrastructure.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hot reads on a real Hazelcast member (this JVM's, alone on loopback), as Payara's grid holds them. */
class GridHotReadsTest {

    private static HazelcastInstance member;

    @BeforeAll
    static void startAMember() {
        Config config = new Config().setClusterName("medmesh-test-" + UUID.randomUUID());
        config.getNetworkConfig().setPort(0).getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        member = Hazelcast.newHazelcastInstance(config);
        // The member's first operation assigns its partitions, which may take longer than a read waits.
        member.getMap(GridHotReads.MAP).get("warm-up");
    }

    @AfterAll
    static void stopTheMember() {
        member.shutdown();
    }

    @Test
    void shouldServeWhatWasKeptOnlyAtItsGenerationAndCountEachOutcome() {
        List<String> outcomes = new ArrayList<>();
        GridHotReads reads = reads("a key of at least thirty-two bytes!", outcomes);
        UUID patient = UUID.randomUUID();

        assertThat(reads.read("chart", patient, "g1")).isEmpty();
        reads.keep("chart", patient, "g1", "{\"chart\":1}");

        assertThat(reads.read("chart", patient, "g1")).contains("{\"chart\":1}");
        assertThat(reads.read("chart", patient, "g2")).isEmpty();
        assertThat(outcomes).containsExactly("chart/miss", "chart/hit", "chart/stale");
    }

    @Test
    void shouldRefuseWhatAnotherKeyWroteIntoTheGrid() {
        List<String> outcomes = new ArrayList<>();
        GridHotReads ours = reads("this hospital's key, thirty-two bytes", outcomes);
        GridHotReads intruder = reads("an intruder's key of thirty-two bytes", new ArrayList<>());
        UUID patient = UUID.randomUUID();
        String name = ours.entries.name("chart", patient);
        member.<String, byte[]>getMap(GridHotReads.MAP).set(name,
                intruder.entries.seal("chart", patient, "g1", "{\"forged\":true}"));

        assertThat(ours.read("chart", patient, "g1")).isEmpty();
        assertThat(outcomes).containsExactly("chart/refused");
    }

    @Test
    void shouldReadNothingAndKeepNothingWithoutAKey() {
        List<String> outcomes = new ArrayList<>();
        GridHotReads reads = new GridHotReads();
        reads.secret = Optional.empty();
        reads.grid = member;
        reads.readKey();
        reads.count = (region, outcome) -> outcomes.add(region + "/" + outcome);
        UUID patient = UUID.randomUUID();
        int held = member.getMap(GridHotReads.MAP).size();

        reads.keep("chart", patient, "g1", "{}");

        assertThat(reads.read("chart", patient, "g1")).isEmpty();
        assertThat(outcomes).containsExactly("chart/off");
        assertThat(member.getMap(GridHotReads.MAP).size()).as("entries in the grid").isEqualTo(held);
    }

    private static GridHotReads reads(String key, List<String> outcomes) {
        GridHotReads reads = new GridHotReads();
        reads.secret = Optional.of(key);
        reads.grid = member;
        reads.entries = new SealedEntries(key.getBytes(StandardCharsets.UTF_8));
        reads.count = (region, outcome) -> outcomes.add(region + "/" + outcome);
        return reads;
    }
}
