package io.newsflow.schemas.serde;

/** Confluent's default subject naming (TopicNameStrategy). */
public final class Subjects {
  private Subjects() {}

  public static String topicName(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }
}
