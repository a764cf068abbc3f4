package io.newsflow.ingest.intake;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article as a sender hands it over, before any rule is checked: either raw bytes (with an
 * optional charset) or text. Nothing is validated here; {@link Intake#admit} does that, so every
 * entry point refuses the same things with the same reasons.
 */
public final class Submission {
  private final String source;
  private final String url;
  private final String sourceId;
  private final String contentType;
  private final String charset;
  private final byte[] body;
  private final String text;
  private final Map<String, String> metadata;

  private Submission(Builder builder) {
    this.source = builder.source;
    this.url = builder.url;
    this.sourceId = builder.sourceId;
    this.contentType = builder.contentType;
    this.charset = builder.charset;
    this.body = builder.body;
    this.text = builder.text;
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(builder.metadata));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A text/plain article from a source; the most common case in tests and small tools. */
  public static Submission text(String source, String text) {
    return builder().source(source).text(text).build();
  }

  public String source() {
    return source;
  }

  public String url() {
    return url;
  }

  public String sourceId() {
    return sourceId;
  }

  /** The Content-Type as given, possibly with a charset parameter; null means text/plain. */
  public String contentType() {
    return contentType;
  }

  /** The declared charset of {@link #body()}, or null. */
  public String charset() {
    return charset;
  }

  /** A copy of the raw bytes, or null when the article was given as text. */
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  byte[] bodyUnsafe() {
    return body;
  }

  /** The text, or null when the article was given as bytes. */
  public String text() {
    return text;
  }

  public Map<String, String> metadata() {
    return metadata;
  }

  public static final class Builder {
    private String source;
    private String url;
    private String sourceId;
    private String contentType;
    private String charset;
    private byte[] body;
    private String text;
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder() {}

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder sourceId(String sourceId) {
      this.sourceId = sourceId;
      return this;
    }

    /** E.g. {@code text/html} or {@code text/html; charset=windows-1250}. */
    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    public Builder charset(String charset) {
      this.charset = charset;
      return this;
    }

    public Builder charset(Charset charset) {
      this.charset = charset == null ? null : charset.name();
      return this;
    }

    /** Raw bytes, decoded at intake by BOM, declared charset or strict UTF-8. The array is copied. */
    public Builder body(byte[] body) {
      this.body = body == null ? null : body.clone();
      this.text = null;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      this.body = null;
      return this;
    }

    public Builder metadata(Map<String, String> metadata) {
      this.metadata.putAll(metadata);
      return this;
    }

    public Builder metadata(String key, String value) {
      this.metadata.put(key, value);
      return this;
    }

    public Submission build() {
      return new Submission(this);
    }
  }
}
