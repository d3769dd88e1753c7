package org.medmesh.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class BenchResultsTest {

    @Test
    void shouldKeepTheEarlierFiguresOfScenariosNotRerun() {
        BenchResults earlier = new BenchResults();
        earlier.add(new Figure("write", "REST", 1, 100, 1, 2, 3, 10, 0));
        earlier.add(new Figure("scale", "REST chart", 10_000, 25, 5, 9, 12, 375, 0));
        earlier.add(new Fact("footprint", "cold start", "29.0", "s"));
        BenchResults fresh = new BenchResults();
        fresh.add(new Figure("scale", "REST chart", 10_000, 25, 4, 8, 11, 375, 0));

        BenchResults merged = fresh.over(earlier, Set.of("scale"));

        assertThat(merged.figures()).extracting(Figure::scenario, Figure::p99Millis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("write", 2.0),
                        org.assertj.core.groups.Tuple.tuple("scale", 8.0));
        assertThat(merged.facts()).extracting(Fact::name).containsExactly("cold start");
    }
}
