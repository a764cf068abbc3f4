package io.newsflow.bench;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lingua 1.2.2 over all 75 languages, low- against high-accuracy mode: time per 320-character
 * sample (what LanguageIdentifier reads) and, printed at setup, the heap the preloaded models take.
 * The choice and the figures are in docs/extraction.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
public class LanguageDetectionBenchmark {
  static final String[] SAMPLES = {
      "Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen. Bauministerin Klara Geywitz sagte, die Verfahren sollten schneller werden, damit mehr Wohnungen entstehen.",
      "The government announced new rules for housing construction on Wednesday, saying permits should be issued faster so that more homes can be built in the coming years.",
      "Rząd przyjął w środę nowe przepisy dotyczące budownictwa mieszkaniowego. Minister powiedział, że procedury mają być szybsze, aby powstawało więcej mieszkań.",
      "Le gouvernement a présenté mercredi son projet de loi sur le logement, qui doit accélérer les procédures afin que davantage de logements soient construits.",
      "El Gobierno aprobó este miércoles nuevas normas para la construcción de viviendas, que deben acelerar los permisos para que se construyan más casas.",
      "Il governo ha approvato mercoledì nuove regole per l'edilizia abitativa, che dovrebbero accelerare i permessi affinché si costruiscano più case.",
      "Правительство в среду утвердило новые правила жилищного строительства, которые должны ускорить выдачу разрешений.",
      "政府は水曜日、住宅建設に関する新しい規則を承認し、許可の手続きを迅速化すると発表した。"};

  @Param({"low", "high"})
  public String accuracy;

  private LanguageDetector detector;
  private int next;

  @Setup
  public void setUp() {
    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels();
    detector = ("low".equals(accuracy) ? builder.withLowAccuracyMode() : builder).build();
    detector.detectLanguageOf(SAMPLES[0]);
    long after = usedAfterGc(rt);
    int right = 0;
    Language[] expected = {Language.GERMAN, Language.ENGLISH, Language.POLISH, Language.FRENCH, Language.SPANISH,
        Language.ITALIAN, Language.RUSSIAN, Language.JAPANESE};
    for (int i = 0; i < SAMPLES.length; i++) {
      right += detector.detectLanguageOf(SAMPLES[i]) == expected[i] ? 1 : 0;
    }
    System.out.printf("%nlingua accuracy=%s: models on heap %d MB, %d/%d samples right%n", accuracy,
        (after - before) / (1024 * 1024), right, SAMPLES.length);
  }

  @Benchmark
  public Language detect() {
    String sample = SAMPLES[next];
    next = next + 1 == SAMPLES.length ? 0 : next + 1;
    return detector.detectLanguageOf(sample);
  }

  static long usedAfterGc(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
