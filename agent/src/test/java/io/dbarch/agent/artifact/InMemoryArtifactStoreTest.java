package io.dbarch.agent.artifact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class InMemoryArtifactStoreTest {

    private static byte[] bytes(int n) {
        return "x".repeat(n).getBytes(UTF_8);
    }

    @Test
    void should_find_an_artifact_only_in_its_own_conversation() {
        // given
        var store = new InMemoryArtifactStore();
        Artifact a = store.save("alice", "a.sql", Artifact.SQL, "CREATE TABLE t (id int);".getBytes(UTF_8), "DDL");

        // then
        assertThat(a.id()).isEqualTo("art-1");
        assertThat(store.find("alice", "art-1")).contains(a);
        assertThat(store.find("bob", "art-1")).isEmpty();
        assertThat(store.list("bob")).isEmpty();
    }

    @Test
    void should_drop_the_oldest_artifacts_when_the_total_bound_is_passed() {
        // given
        var store = new InMemoryArtifactStore(100, 250, Clock.systemUTC());

        // when
        store.save("c", "1", Artifact.TEXT, bytes(100), "");
        store.save("c", "2", Artifact.TEXT, bytes(100), "");
        store.save("c", "3", Artifact.TEXT, bytes(100), "");

        // then
        assertThat(store.list("c")).extracting(Artifact::name).containsExactly("2", "3");
    }

    @Test
    void should_refuse_an_artifact_over_the_size_limit_and_say_the_limit() {
        // given
        var store = new InMemoryArtifactStore(100, 1_000, Clock.systemUTC());

        // then
        assertThatThrownBy(() -> store.save("c", "big.sql", Artifact.SQL, bytes(101), ""))
                .hasMessage("big.sql has 101 bytes; an artifact may have at most 100");
    }

    @Test
    void should_copy_content_in_and_out_when_the_caller_changes_its_array() {
        // given
        byte[] content = bytes(3);
        Artifact a = new InMemoryArtifactStore().save("c", "x", Artifact.TEXT, content, "");

        // when
        content[0] = 'y';
        a.content()[1] = 'z';

        // then
        assertThat(a.text()).isEqualTo("xxx");
    }
}
