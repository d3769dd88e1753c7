package org.medmesh.client.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.medmesh.client.ApiClient;
import org.medmesh.client.FakeNode;
import org.medmesh.client.FakeNode.Answer;
import org.medmesh.client.FakeNode.Received;

class RebuildWatchTest {

    private static final String FULL = "{\"tables\":{\"patient\":{\"rows\":4,\"sha256\":\"aa\"}}}";
    private static final String EMPTY = "{\"tables\":{\"patient\":{\"rows\":0,\"sha256\":\"00\"}}}";

    private static RebuildWatch watch(FakeNode target, FakeNode peer) {
        return new RebuildWatch(new RebuildWatch.SignedIn("hospC", new ApiClient(target.baseUrl()), "t-token"),
                new RebuildWatch.SignedIn("hospA", new ApiClient(peer.baseUrl()), "p-token"), Clock.systemUTC());
    }

    @Test
    void shouldAskThePeerForARepairAndFollowTheDigestsUntilEqual() throws InterruptedException {
        AtomicInteger looks = new AtomicInteger();
        try (FakeNode peer = new FakeNode(request -> Answer.json(200, FULL));
                FakeNode target = new FakeNode(request -> request.method().equals("POST")
                        ? Answer.json(202, "")
                        : Answer.json(200, looks.incrementAndGet() < 2 ? EMPTY : FULL))) {

            assertThat(watch(target, peer).run(Duration.ofSeconds(30))).isTrue();

            assertThat(target.received()).filteredOn(r -> r.method().equals("POST")).singleElement()
                    .satisfies(asked -> {
                        assertThat(asked.path()).isEqualTo("/api/v1/sync/peers/hospA/repair");
                        assertThat(asked.authorization()).isEqualTo("Bearer t-token");
                    });
            assertThat(target.received()).filteredOn(r -> r.method().equals("GET")).extracting(Received::path)
                    .containsOnly("/api/v1/sync/digest").hasSize(2);
            assertThat(peer.received()).extracting(Received::authorization).containsOnly("Bearer p-token");
        }
    }

    @Test
    void shouldGiveUpWhenTheDigestsStillDifferAtTheDeadline() throws InterruptedException {
        try (FakeNode peer = new FakeNode(request -> Answer.json(200, FULL));
                FakeNode target = new FakeNode(request -> request.method().equals("POST")
                        ? Answer.json(202, "")
                        : Answer.json(200, EMPTY))) {

            assertThat(watch(target, peer).run(Duration.ofMillis(1500))).isFalse();
        }
    }

    @Test
    void shouldStopWhenTheTargetRefusesTheRepair() {
        try (FakeNode peer = new FakeNode(request -> Answer.json(200, FULL));
                FakeNode target = new FakeNode(request -> Answer.problem(403, "Forbidden", "admin only"))) {

            assertThatThrownBy(() -> watch(target, peer).run(Duration.ofSeconds(30)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("hospC refused the repair");
        }
    }
}
