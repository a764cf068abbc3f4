package io.newsflow.ingest.intake;

import io.newsflow.schemas.config.NewsflowConfig;

/**
 * Size limits, with the check that they fit in one Kafka record. The producer refuses records over
 * {@code max.request.size} and the broker those over the topic's {@code max.message.bytes}, both
 * 1 MiB by default; an article that passed intake must never fail there, so the limits plus room
 * for the rest of the record must stay below the smaller of the two.
 *
 * @param maxArticleBytes largest body as received and largest text as UTF-8 ({@value #ARTICLE_KEY})
 * @param maxMetadataBytes largest metadata map, keys plus values as UTF-8 ({@value #METADATA_KEY})
 * @param maxEnvelopeBytes largest JSON envelope, HTTP body or JSON line ({@value #ENVELOPE_KEY}); its
 *     body is escaped JSON, so it may exceed the article limit
 */
public record IntakeLimits(int maxArticleBytes, int maxMetadataBytes, int maxEnvelopeBytes) {
  public static final String ARTICLE_KEY = "ingest.max.article.bytes";
  public static final String METADATA_KEY = "ingest.max.metadata.bytes";
  public static final String ENVELOPE_KEY = "ingest.max.envelope.bytes";
  /** Kafka's default for both the producer's max.request.size and the topic's max.message.bytes. */
  public static final int KAFKA_MESSAGE_LIMIT = 1024 * 1024;
  /** Room for the id, source, URL, timestamps and Avro framing. */
  public static final int RECORD_OVERHEAD = 16 * 1024;

  public static final IntakeLimits DEFAULTS = new IntakeLimits(512 * 1024, 64 * 1024, 2 * 1024 * 1024);

  public IntakeLimits {
    if (maxArticleBytes <= 0 || maxMetadataBytes < 0 || maxEnvelopeBytes <= 0) {
      throw new IllegalArgumentException("ingest limits must be positive, got " + ARTICLE_KEY + "=" + maxArticleBytes
          + ", " + METADATA_KEY + "=" + maxMetadataBytes + ", " + ENVELOPE_KEY + "=" + maxEnvelopeBytes);
    }
    if (maxEnvelopeBytes < maxArticleBytes) {
      throw new IllegalArgumentException(ENVELOPE_KEY + "=" + maxEnvelopeBytes + " is smaller than " + ARTICLE_KEY
          + "=" + maxArticleBytes + ": an envelope could never carry an article of the allowed size");
    }
  }

  /** Reads the limits and refuses settings that would let an accepted article fail at Kafka. */
  public static IntakeLimits from(NewsflowConfig config) {
    IntakeLimits limits = new IntakeLimits(
        config.getInt(ARTICLE_KEY, DEFAULTS.maxArticleBytes),
        config.getInt(METADATA_KEY, DEFAULTS.maxMetadataBytes),
        config.getInt(ENVELOPE_KEY, Math.max(DEFAULTS.maxEnvelopeBytes, config.getInt(ARTICLE_KEY, 0))));
    int producerLimit = config.getInt("kafka.max.request.size", KAFKA_MESSAGE_LIMIT);
    limits.checkFits(Math.min(producerLimit, KAFKA_MESSAGE_LIMIT));
    return limits;
  }

  /** @throws IllegalArgumentException when an article at the limits would not fit a record of recordLimit bytes */
  public void checkFits(int recordLimit) {
    long worstCase = (long) maxArticleBytes + maxMetadataBytes + RECORD_OVERHEAD;
    if (worstCase > recordLimit) {
      throw new IllegalArgumentException(ARTICLE_KEY + "=" + maxArticleBytes + " plus " + METADATA_KEY + "="
          + maxMetadataBytes + " plus " + RECORD_OVERHEAD + " bytes of record overhead is " + worstCase
          + " bytes, over Kafka's message size limit of " + recordLimit
          + " bytes (producer max.request.size, topic max.message.bytes); lower the ingest limits");
    }
  }
}
