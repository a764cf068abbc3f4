package io.newsflow.faults;

import io.newsflow.schemas.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * The main of a child JVM running one instance of each stage, for tests that kill it with
 * {@code kill -9} ({@link Process#destroyForcibly()}): no shutdown hook, no leave-group, no commit.
 * Arguments: the properties file and the state root. Prints {@value #RUNNING} once both stages run.
 */
public final class StageProcess {
  static final String RUNNING = "STAGES RUNNING";

  private StageProcess() {}

  public static void main(String[] args) throws Exception {
    NewsflowConfig config = NewsflowConfig.load(Path.of(args[0]), Map.of(), Map.of());
    Stages.start(config, Path.of(args[1]));
    System.out.println(RUNNING);
    System.out.flush();
    Thread.currentThread().join();
  }
}
