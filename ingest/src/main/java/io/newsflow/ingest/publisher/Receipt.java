package io.newsflow.ingest.publisher;

/** Where Kafka stored an article, once every in-sync replica has it ({@code acks=all}). */
public record Receipt(String articleId, int partition, long offset) {}
