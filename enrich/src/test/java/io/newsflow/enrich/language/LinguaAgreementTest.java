package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageIdentifier} scores Lingua's models itself for speed; these tests hold it to giving Lingua's own
 * answer ({@code detectLanguageOf}, low-accuracy mode, all languages) on text of every length and script.
 */
class LinguaAgreementTest {
  private static final LanguageIdentifier OURS = new LanguageIdentifier();
  private static final LanguageDetector LINGUA = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
  private static final Path PAGES = Path.of("..", "..", "shared", "extraction").toAbsolutePath().normalize();

  @Test
  void agreesWithLinguaOnShortAndMixedTexts() {
    List<String> texts = List.of(
        "Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen.",
        "The government announced new rules on Wednesday.", "Rząd przyjął w środę nowe przepisy.",
        "Le gouvernement a présenté mercredi son projet.", "El Gobierno aprobó este martes una reforma.",
        "Правительство во вторник одобрило реформу.", "정부는 화요일 연금 개혁안을 승인했다.", "政府は火曜日、年金改革を承認した。",
        "政府周二批准了养老金改革。", "ab", "abc", "Ok", "Berlin Paris London", "SPD CDU FDP", "ääää", "ñ", "łódź",
        "Hello Welt, bonjour świat", "Εθνική Τράπεζα της Ελλάδος", "हिंदी भाषा में समाचार", "مرحبا بالعالم",
        "Ｆｕｌｌｗｉｄｔｈ text", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters and emoji 😀 mixed", "x y z", "12 34 abc!!", "Ärzte über Öl");
    for (String text : texts) {
      assertThat(OURS.detect(text)).as(text).isEqualTo(LINGUA.detectLanguageOf(text));
    }
  }

  @Test
  void agreesWithLinguaOnWindowsOfEveryYardstickPage() throws IOException {
    assumeTrue(Files.isDirectory(PAGES), "../shared/extraction is absent (it sits beside the checkout in CI)");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
        String html;
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
          html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = Jsoup.parse(html).text();
        for (int length : new int[] {40, 120, 320}) {
          for (int at = 0; at < text.length() && at < 4 * 2000; at += 2000) {
            texts.add(text.substring(at, Math.min(text.length(), at + length)));
          }
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(300);
    int differing = 0;
    List<String> examples = new ArrayList<>();
    for (String text : texts) {
      Language lingua = LINGUA.detectLanguageOf(text);
      if (OURS.detect(text) != lingua) {
        differing++;
        if (examples.size() < 5) {
          examples.add(lingua + " ≠ " + OURS.detect(text) + ": " + text);
        }
      }
    }
    assertThat(differing).as("texts where the answer is not Lingua's: %s", examples).isZero();
  }
}
