package io.newsflow.publish;

import io.newsflow.avro.Stage;
import io.newsflow.publish.metrics.MetricsSettings;
import io.newsflow.publish.topology.PublishTopology;
import io.newsflow.publish.versioning.VersionRetention;
import io.newsflow.schemas.config.NewsflowConfig;
import io.newsflow.service.runtime.StreamsService;
import io.newsflow.service.runtime.StreamsSettings;
import io.newsflow.service.serde.SizeLimit;
import io.newsflow.service.topics.NewsTopics;
import java.time.Clock;
import org.apache.kafka.streams.Topology;

/** Starts the publish stage: versioned articles, entity mentions, ops events and ops metrics. */
public final class PublishService {
  public static final String APPLICATION_ID = "newsflow-publish";

  private PublishService() {}

  /** Creates missing topics and starts the stage; close the returned service to stop it. */
  public static StreamsService start(NewsflowConfig config) {
    Topology topology = PublishTopology.build(NewsTopics.from(config), SizeLimit.serdeConfig(config),
        Clock.systemUTC(), MetricsSettings.from(config), VersionRetention.from(config));
    return StreamsService.start("publish", config, topology,
        StreamsSettings.of(config, APPLICATION_ID, Stage.PUBLISH));
  }
}
