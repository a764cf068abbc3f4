package io.newsflow.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.intake.Intake;
import io.newsflow.ingest.intake.IntakeLimits;
import io.newsflow.ingest.intake.Reason;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdmissionTest {
  private static final IntakeLimits LIMITS = new IntakeLimits(1000, 1000, 2000);
  private final InputReader reader = new InputReader("wp.pl", LIMITS, new ByteArrayInputStream(new byte[0]));

  @TempDir
  Path dir;

  @Test
  void handsOverEveryOutcomeInInputOrder() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "First article.");
    Files.writeString(dir.resolve("b.txt"), "   ");
    Files.writeString(dir.resolve("c.txt"), "x".repeat(1001));
    Files.writeString(dir.resolve("d.txt"), "Gone before it is read.");
    Files.writeString(dir.resolve("e.jsonl"), "{\"body\":\"line one\"}\n{\"body\": broken\n{\"body\":\"line three\"}\n");
    List<InputFile> inputs = InputFile.expand(List.of(dir.toString()), new RunTally());
    Files.delete(dir.resolve("d.txt"));

    List<Admission.Outcome> outcomes = drain(Admission.start(inputs, reader, new Intake(LIMITS)));

    assertThat(outcomes).extracting(o -> o.getClass().getSimpleName()).containsExactly(
        "Admitted", "Refused", "Refused", "Unreadable", "Admitted", "Refused", "Admitted", "End");
    assertThat(((Admission.Admitted) outcomes.get(0)).article().text()).isEqualTo("First article.");
    assertThat(((Admission.Refused) outcomes.get(1)).rejection().reason()).isEqualTo(Reason.EMPTY);
    assertThat(((Admission.Refused) outcomes.get(2)).rejection().reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(((Admission.Unreadable) outcomes.get(3)).location()).endsWith("d.txt");
    assertThat(((Admission.Unreadable) outcomes.get(3)).description()).startsWith("cannot read:");
    assertThat(((Admission.Refused) outcomes.get(5)).location()).endsWith("e.jsonl:2");
    assertThat(((Admission.Admitted) outcomes.get(6)).article().text()).isEqualTo("line three");
  }

  @Test
  void readsOnlyALittleAheadOfTheSending() throws Exception {
    for (int i = 0; i < 40; i++) {
      Files.writeString(dir.resolve(String.format("%02d.txt", i)), "Article number " + i + ".");
    }
    List<InputFile> inputs = InputFile.expand(List.of(dir.toString()), new RunTally());
    try (Admission admission = Admission.start(inputs, reader, new Intake(LIMITS), 3, Admission.MAX_QUEUED_BYTES)) {
      Thread.sleep(300);
      assertThat(admission.queued()).isEqualTo(3);
      assertThat(admission.reading()).isTrue();
      List<Admission.Outcome> outcomes = drain(admission);
      assertThat(outcomes).hasSize(41);
      for (int i = 0; i < 40; i++) {
        assertThat(((Admission.Admitted) outcomes.get(i)).article().text()).isEqualTo("Article number " + i + ".");
      }
    }
  }

  @Test
  void anArticleLargerThanTheByteBoundStillGoesThrough() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "A".repeat(500) + " words");
    Files.writeString(dir.resolve("b.txt"), "B".repeat(500) + " words");
    List<InputFile> inputs = InputFile.expand(List.of(dir.toString()), new RunTally());
    List<Admission.Outcome> outcomes = drain(Admission.start(inputs, reader, new Intake(LIMITS), 10, 100));
    assertThat(outcomes).extracting(o -> o.getClass().getSimpleName()).containsExactly("Admitted", "Admitted", "End");
  }

  @Test
  void passesOnAnUnexpectedFailureOfTheReadingThread() throws Exception {
    List<InputFile> inputs = List.of(new InputFile(null, InputFile.Kind.TEXT, 10));
    List<Admission.Outcome> outcomes = new ArrayList<>();
    try (Admission admission = Admission.start(inputs, reader, new Intake(LIMITS))) {
      outcomes.add(admission.next());
    }
    assertThat(outcomes.get(0)).isInstanceOf(Admission.Broke.class);
    assertThat(((Admission.Broke) outcomes.get(0)).error()).isInstanceOf(NullPointerException.class);
  }

  @Test
  void closingStopsTheReading() throws Exception {
    for (int i = 0; i < 20; i++) {
      Files.writeString(dir.resolve(i + ".txt"), "Article " + i + ".");
    }
    List<InputFile> inputs = InputFile.expand(List.of(dir.toString()), new RunTally());
    Admission admission = Admission.start(inputs, reader, new Intake(LIMITS), 1, Admission.MAX_QUEUED_BYTES);
    Thread.sleep(100);
    assertThat(admission.reading()).isTrue();
    admission.close();
    for (int i = 0; i < 100 && admission.reading(); i++) {
      Thread.sleep(20);
    }
    assertThat(admission.reading()).isFalse();
  }

  private static List<Admission.Outcome> drain(Admission admission) throws InterruptedException {
    List<Admission.Outcome> outcomes = new ArrayList<>();
    try (admission) {
      for (Admission.Outcome outcome = admission.next(); ; outcome = admission.next()) {
        outcomes.add(outcome);
        if (outcome == Admission.End.INSTANCE) {
          return outcomes;
        }
      }
    }
  }
}
