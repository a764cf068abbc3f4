package io.newsflow.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One row of the table in docs/reliability.md, printed and appended to {@code target/fault-suite.md},
 * so the figures in the docs come from a run and can be checked against the next one.
 */
record FaultReport(String test, int sent, int published, int duplicates, int lost, int deadLetters,
                   Duration recovery, Duration longestPause, String fault) {

  /**
   * @param faultEnd when the fault was over (broker or registry back, instance killed); null when there was none
   */
  static FaultReport of(String test, String fault, int sent, Ledger ledger, java.util.Set<String> ids,
                        java.time.Instant faultEnd) {
    return new FaultReport(test, sent, ledger.publishedOf(ids), ledger.duplicatesOf(ids), ledger.lost(ids).size(),
        ledger.deadLettered(ids).size(), faultEnd == null ? Duration.ZERO : ledger.recoveryAfter(faultEnd),
        ledger.longestPause(), fault);
  }

  /** The promise of the README: nothing lost, nothing published twice, no good article parked. */
  void assertNothingLostDoubledOrParked() {
    org.assertj.core.api.Assertions.assertThat(lost).as("%s: articles lost", test).isZero();
    org.assertj.core.api.Assertions.assertThat(duplicates).as("%s: duplicate records", test).isZero();
    org.assertj.core.api.Assertions.assertThat(deadLetters).as("%s: good articles dead-lettered", test).isZero();
    org.assertj.core.api.Assertions.assertThat(published).as("%s: articles published", test).isEqualTo(sent);
  }

  String row() {
    return String.format("| %s | %s | %d | %d | %d | %d | %d | %.1f s | %.1f s |", test, fault, sent, published,
        duplicates, lost, deadLetters, recovery.toMillis() / 1000.0, longestPause.toMillis() / 1000.0);
  }

  void write() {
    String row = row();
    System.out.println("FAULT SUITE " + row);
    Path file = Path.of("target", "fault-suite.md");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
