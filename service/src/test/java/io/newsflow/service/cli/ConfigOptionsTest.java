package io.newsflow.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ConfigOptionsTest {
  @Command(name = "probe")
  static final class Probe implements Runnable {
    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Override
    public void run() {}
  }

  @Test
  void knowsWhichSettingsAreCredentials() {
    assertThat(ConfigOptions.isSecret("kafka.sasl.jaas.config")).isTrue();
    assertThat(ConfigOptions.isSecret("kafka.ssl.keystore.password")).isTrue();
    assertThat(ConfigOptions.isSecret("registry.basic.auth.user.info")).isTrue();
    assertThat(ConfigOptions.isSecret("ingest.http.token")).isTrue();
    assertThat(ConfigOptions.isSecret("kafka.ssl.keystore.key")).isTrue(); // a PEM private key, inline
    assertThat(ConfigOptions.isSecret("kafka.ssl.keystore.location")).isFalse();
    assertThat(ConfigOptions.isSecret("kafka.linger.ms")).isFalse();
    assertThat(ConfigOptions.isSecret("ingest.http.host")).isFalse();
  }

  @Test
  void describesARerunWithoutRepeatingSettingValues() {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs("--bootstrap-servers", "b:9092", "-D", "kafka.sasl.jaas.config=secret-value");
    assertThat(probe.options.describeForRerun())
        .isEqualTo("--bootstrap-servers b:9092 [the same -D settings] ")
        .doesNotContain("secret-value");
  }
}
