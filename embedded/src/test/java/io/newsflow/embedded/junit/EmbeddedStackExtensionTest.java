package io.newsflow.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsflow.embedded.EmbeddedStack;
import io.newsflow.embedded.KafkaBackend;

@ExtendWith(EmbeddedStackExtension.class)
class EmbeddedStackExtensionTest {

    private static EmbeddedStack fromBeforeAll;

    private final EmbeddedStack fromConstructor;

    EmbeddedStackExtensionTest(EmbeddedStack stack) {
        this.fromConstructor = stack;
    }

    @BeforeAll
    static void captureStack(EmbeddedStack stack) {
        fromBeforeAll = stack;
    }

    @Test
    void injectsTheSameRunningStackIntoBeforeAllConstructorAndTestMethod(EmbeddedStack stack) throws Exception {
        assertThat(stack).isSameAs(fromBeforeAll).isSameAs(fromConstructor);
        // Other top-level test classes (the registry's) record theirs too: one stack for the whole JVM.
        assertThat(SeenStacks.record(stack)).isEqualTo(1);
        assertThat(stack.kafkaBackend()).isEqualTo(KafkaBackend.forTests());
        if (stack.kafkaBackend() == KafkaBackend.EMBEDDED) {
            assertThat(stack.bootstrapServers()).startsWith("127.0.0.1:");
        } else {
            assertThat(stack.bootstrapServers()).matches("[^:,/]+:\\d+");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/config")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Nested
    class FirstTestClass {
        @Test
        void sharesTheStackOfTheRun(EmbeddedStack stack) {
            assertThat(stack).isSameAs(fromBeforeAll);
        }
    }

    @Nested
    class SecondTestClass {
        @Test
        void sharesTheStackOfTheRun(EmbeddedStack stack) {
            assertThat(stack).isSameAs(fromBeforeAll);
        }
    }
}
