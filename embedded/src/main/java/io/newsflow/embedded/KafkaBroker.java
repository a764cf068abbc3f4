package io.newsflow.embedded;

/** A running broker an {@link EmbeddedStack} puts its registry on and stops when it closes. */
interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
