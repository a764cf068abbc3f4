package io.newsflow.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HtmlWordScanTest {
  @Test
  void settlesARealPageAtItsTitle() throws IOException {
    assertThat(HtmlWordScan.certainlyHasWord("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
        + "<title>Hamburger Hafen | Bench Courier</title><script>var a = '<p>no</p>';</script></head>")).isTrue();
    assertThat(HtmlWordScan.certainlyHasWord("<!doctype html><!-- c --> <HTML><head>\n<style>p{}</style>"
        + "<script>x = '</scripts>';</script ><meta charset=utf-8><title>&amp;ab</title>")).isTrue();
    assertThat(HtmlWordScan.certainlyHasWord("<title>a<b>cd</title>")).isTrue(); // a title's tags are its text
    assertThat(HtmlWordScan.certainlyHasWord("<!-->\n<meta a=\">\" =b><title>Sejm</title>")).isTrue();
    List<Path> pages = bundledPages();
    assertThat(pages).isNotEmpty();
    for (Path page : pages) {
      assertThat(HtmlWordScan.certainlyHasWord(Files.readString(page, StandardCharsets.UTF_8))).as(page.toString()).isTrue();
    }
  }

  @Test
  void doesNotCountMarkupScriptsStylesCommentsOrEntities() {
    assertThat(HtmlWordScan.certainlyHasWord("<html><head><title></title></head><body><p></p></body></html>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<script>var words = 1;</script><style>body{}</style><title>1</title>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<!-- lots of words here --><title>&amp;&nbsp;&#x41;&#66;</title>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<meta content=\"two words > here\" name='x y'><title>1</title>")).isFalse();
  }

  @Test
  void isNotSureOfAnythingButATitleInTheHead() {
    // Each has a word the scan leaves to jsoup: not in a title in the head, or after markup it does not follow.
    assertThat(HtmlWordScan.certainlyHasWord("<p>Sejm</p>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("Sejm")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<head></head><title>Sejm</title>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<div><title>Sejm</title>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<script><!--<script></script><title>Sejm</title></script>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<![CDATA[x]]><title>Sejm</title>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<!-- a --!> <title>Sejm</title> -->")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<meta content=\"unclosed><title>Sejm</title>")).isFalse();
    assertThat(HtmlWordScan.certainlyHasWord("<title>Sejm")).isFalse();
    // jsoup's own answers, which the scan must never contradict
    assertThat(Wording.parsedHasWord("<b>Sejm<p></b>")).isFalse();
    assertThat(Wording.parsedHasWord("</head><title>=</noscript></title>")).isFalse();
    assertThat(Wording.hasWords("<p>Sejm</p>", true)).isTrue();
    assertThat(Wording.hasWords("<head></head><title>Sejm</title>", true)).isEqualTo(Wording.parsedHasWord("<head></head><title>Sejm</title>"));
  }

  /** The scan may be silent but never wrong: wherever it says "a word", jsoup's reading says so too. */
  @Test
  void neverSaysWordWhereJsoupSeesNone() {
    String[] pieces = {"<script>", "</script>", "<SCRIPT type=x>", "</script ", "<style>", "</style>", "<title>", "</title>",
        "</TITLE/>", "<!--", "-->", "--!>", "<!-->", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<textarea>", "</textarea>",
        "<xmp>", "<iframe>", "<noscript>", "</noscript>", "<svg>", "</svg>", "<math>", "<select>", "<table>", "<td>",
        "<plaintext>", "<frameset>", "<template>", "<p>", "</p>", "<b>", "</b>", "<a href=\"", "<a href='", "\"", "'", "=",
        ">", "<", "</", "<?", "<!", " ", "\n", "&amp;", "&", "&#65;", ";", "ab", "x", "y", "1", "é", "\u0301", "\u4E2D",
        "Sejm", "/", "<br/>", "<head>", "<body>", "</html>", "<a>", "</a>", "<i>", "</em>", "<font>", "<div>", "</div>",
        "<li>", "<h1>", "</h1>", "<ul>", "<form>", "</form>", "<button>", "<option>", "<nav>", "<html>", "<meta charset=x>",
        "<img alt=\"words\">", "<input>", "<hr>", "<dd>", "<dt>", "<ruby>", "<rt>", "<object>", "<applet>", "<marquee>",
        "<image>", "<isindex>", "<base>", "<link>", "<col>", "<caption>", "</body>", "</head>", "</br>", "</p >"};
    Random random = new Random(Long.getLong("scan.seed", 20261202));
    int certain = 0;
    for (int n = 0, cases = Integer.getInteger("scan.cases", 30_000); n < cases; n++) {
      StringBuilder html = new StringBuilder();
      if (random.nextBoolean()) {
        // half the pages open like a real head, so the scan's own path is the one under test
        for (int p = random.nextInt(4); p > 0; p--) {
          html.append(HEAD_PIECES[random.nextInt(HEAD_PIECES.length)]);
        }
        html.append("<title>");
      }
      int parts = 1 + random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      String page = html.toString();
      if (HtmlWordScan.certainlyHasWord(page)) {
        certain++;
        assertThat(Wording.parsedHasWord(page)).as(page).isTrue();
      }
    }
    assertThat(certain).as("pages the scan settled").isGreaterThan(Integer.getInteger("scan.cases", 30_000) / 50);
  }

  private static final String[] HEAD_PIECES = {"<!DOCTYPE html>", "<html lang=\"de\">", "<head>", "<meta charset=\"utf-8\">",
      "<script>var a = '</p>';</script>", "<style>p{}</style>", "<!-- c -->", "\n", "<link rel=x href='y'>", "<base href=/>",
      "<script>", "<meta content=\"a>b\">", "<!-->", "<SCRIPT>x</SCRIPT >"};

  private static List<Path> bundledPages() throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path dir : List.of(Path.of("../samples"), Path.of("../../shared/corpus/dev"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".html")).forEach(pages::add);
        }
      }
    }
    return pages;
  }
}
