package io.newsflow.enrich.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.credit.Credit;
import io.newsflow.enrich.credit.CreditLineParser;
import io.newsflow.enrich.structure.ArticleStructure;
import io.newsflow.enrich.structure.Block;
import io.newsflow.enrich.structure.Boilerplate;
import io.newsflow.enrich.structure.StructureAssembler;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private static final HtmlReader READER = new HtmlReader(new CreditLineParser(), new StructureAssembler(new Boilerplate()));
  private static final String STORY = """
      <p>The city council voted on Tuesday to close the old harbour bridge to cars, a decision that ends years of debate.</p>
      <p>Engineers had warned that the steel, laid in 1931, would not carry heavy traffic for much longer, the mayor said.</p>
      <p>Cyclists and pedestrians will keep using the bridge, which will be repaired over the next three summers.</p>
      <p>Shop owners on the north bank fear fewer customers, while residents welcome the quieter streets.</p>
      """;

  /** A story long enough that a block of a few hundred characters is a small part of it. */
  private static String longStory() {
    return java.util.stream.IntStream.rangeClosed(1, 24)
        .mapToObj(n -> "<p>In round " + n + " of the test the grill cooked steaks, fish and vegetables, and we noted the time, "
            + "the heat at the edge and the cleaning it needed afterwards.</p>")
        .collect(Collectors.joining());
  }

  private static String body(ArticleStructure a) {
    return a.body().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void findsTheStoryByItsProseNotItsMarkup() {
    ArticleStructure a = READER.read("<html><head><title>Bridge closes to cars | City Post</title></head><body>"
        + "<div class=\"menu\"><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></div>"
        + "<div class=\"col\"><h1>Bridge closes to cars</h1><div class=\"x\">" + STORY + "</div></div>"
        + "<div class=\"col2\"><ul><li><a href=/a>Other story one</a></li><li><a href=/b>Other story two</a></li></ul></div>"
        + "</body></html>");
    assertThat(a.headline()).isEqualTo("Bridge closes to cars");
    assertThat(a.lead()).startsWith("The city council voted");
    assertThat(body(a)).contains("Shop owners on the north bank").doesNotContain("Other story", "Sport");
  }

  @Test
  void aFurnitureClassWordOnAnAncestorDoesNotDeleteTheStory() {
    ArticleStructure a = READER.read("<html><body><div class=\"Page-ad-margins\"><div class=\"category-advertising post\">"
        + "<h1>Bridge closes to cars</h1>" + STORY + "</div></div></body></html>");
    assertThat(body(a)).contains("Engineers had warned", "Shop owners");
  }

  @Test
  void readsAPageWrappedInOneForm() {
    ArticleStructure a = READER.read("<html><body><form id=\"aspnetForm\" action=\"/default.aspx\"><input type=hidden name=__VIEWSTATE>"
        + "<h1>Bridge closes to cars</h1>" + STORY + "</form></body></html>");
    assertThat(body(a)).contains("Engineers had warned", "Shop owners");
  }

  @Test
  void takesTheStoryArticleNotTheFirstArticleElement() {
    ArticleStructure a = READER.read("<html><body><article class=\"promo\"><a href=/x>Teaser: Read our guide to the harbour</a></article>"
        + "<article><h1>Bridge closes to cars</h1>" + STORY + "</article></body></html>");
    assertThat(a.headline()).isEqualTo("Bridge closes to cars");
    assertThat(body(a)).contains("Shop owners").doesNotContain("Teaser");
  }

  @Test
  void dropsLinkListsBylinesAndShareBlocksInsideTheStory() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>"
        + "<p class=\"byline\">By Jane Doe, Staff Writer</p>"
        + "<div class=\"share-tools\">Share this story</div>" + STORY
        + "<div><a href=/t1>harbour</a>, <a href=/t2>bridges</a>, <a href=/t3>traffic</a></div>"
        + "<nav><a href=/prev>Previous</a></nav></article></body></html>");
    assertThat(body(a)).doesNotContain("Jane Doe", "Share this", "harbour,", "Previous");
  }

  @Test
  void aClassNameForOtherArticlesMakesTeaserParagraphsFurniture() {
    ArticleStructure a = READER.read("<html><body><article class=\"post\"><h1>Bridge closes to cars</h1>" + STORY
        + "<div class=\"ce_relatedArticles block\"><div class=\"content\"><p>Why the old ferry across the harbour"
        + " stopped running, and what the town lost with it, from our archive.</p></div></div>"
        + "<div class=\"comment-content\"><p>I have crossed that bridge every morning for twenty years and never once"
        + " felt unsafe on it, whatever the engineers say.</p></div></article></body></html>");
    assertThat(body(a)).contains("Shop owners").doesNotContain("old ferry", "twenty years");
  }

  @Test
  void dropsTheLoadMorePlaceholderButNotAParagraphLoadedLazily() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY
        + "<p class=\"lazy-loading\">The bridge will close to cars on the first of June, the council said.</p>"
        + "<div id=\"loading\" class=\"loadingAnimation\"><span>Lade weitere Inhalte ...</span></div>"
        + "</article></body></html>");
    assertThat(body(a)).contains("first of June").doesNotContain("Lade weitere");
  }

  @Test
  void dropsAuthorBoxesNewsletterPromptsAndWhatIsNotPrinted() {
    ArticleStructure a = READER.read("<html><body><div class=\"post has-authorbox\"><h1>Bridge closes to cars</h1>" + longStory()
        + "<p id=\"newsletter-teaser\"><em>Abonnieren Sie unseren Newsletter und bleiben Sie auf dem Laufenden.</em></p>"
        + "<div class=\"noprint\"><div class=\"titlebar\">Kommentare schreiben</div></div>"
        + "<div class=\"authorbox\"><p>Jane Doe covers transport and the harbour for the City Post; write to her at"
        + " jane[at]citypost.example.</p></div></div></body></html>");
    assertThat(body(a)).contains("In round 2 of the test", "In round 24 of the test")
        .doesNotContain("Newsletter", "Kommentare schreiben", "jane[at]");
  }

  @Test
  void aLongParagraphOutweighsAPromptClassOnIt() {
    String paragraph = "The harbour authority, which sponsored the survey of the bridge, said it would publish the engineers'"
        + " full report next week, including the measurements of the steel taken over the winter, the cost of each repair"
        + " that was considered and the reasons the council gave for choosing to close the bridge to cars rather than rebuild it.";
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY
        + "<p class=\"sponsored-note\">" + paragraph + "</p></article></body></html>");
    assertThat(body(a)).contains("full report next week");
  }

  @Test
  void theNextArticleOfAnEndlessScrollPageEndsTheStory() {
    ArticleStructure a = READER.read("<html><body><div id=\"post-content\"><h1 class=\"post-title\">Bridge closes to cars</h1>"
        + longStory() + "<div class=\"next-story\"><h1 class=\"post-title\">Ferry returns to the harbour after ten years</h1>"
        + "<p>The ferry that stopped running in 2016 will cross the harbour again from May, the operator announced.</p>"
        + "</div></div></body></html>");
    assertThat(a.headline()).isEqualTo("Bridge closes to cars");
    assertThat(body(a)).contains("In round 24 of the test").doesNotContain("Ferry returns", "from May");
  }

  @Test
  void anH1OfAnotherKindInsideTheStoryIsASubheading() {
    ArticleStructure a = READER.read("<html><body><article><h1 class=\"post-title\">Bridge closes to cars</h1>" + STORY
        + "<h1 style=\"text-align: center;\">What the repairs will cost</h1>"
        + "<p>The council has set aside four million euros for the three summers of work on the steel and the deck.</p>"
        + "</article></body></html>");
    assertThat(a.headline()).isEqualTo("Bridge closes to cars");
    assertThat(body(a)).contains("What the repairs will cost", "four million euros");
  }

  @Test
  void aTaxonomyClassNameOfTheArticleIsNoEvidenceAgainstIt() {
    ArticleStructure a = READER.read("<html><body><div class=\"post category-more-news tag-related-posts\">"
        + "<h1>Bridge closes to cars</h1>" + STORY + "</div></body></html>");
    assertThat(body(a)).contains("Engineers had warned", "Shop owners");
  }

  @Test
  void joinsParagraphsSetBetweenLineBreaks() {
    ArticleStructure a = READER.read("<html><body><h1>Bridge closes to cars</h1><div class=\"post-body\">"
        + "The city council voted on Tuesday to close the old harbour bridge to cars, ending years of debate.<br><br>"
        + "<div class=\"separator\"><img src=x.jpg></div>Engineers had warned that the steel, laid in 1931, would not "
        + "carry heavy traffic for much longer, the mayor said.<br><br>Cyclists will keep using the bridge, which will be "
        + "repaired over the next three summers.</div></body></html>");
    assertThat(a.lead()).startsWith("The city council voted");
    assertThat(body(a)).contains("Engineers had warned", "Cyclists will keep");
  }

  @Test
  void galleryCaptionsGoToThePicturesNotTheBody() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>"
        + "<div class=\"gallery\"><div class=\"caption\">The old bridge at dusk. <span class=\"credit\">Photo: Jane Doe/AP</span></div></div>"
        + STORY + "</article></body></html>");
    assertThat(body(a)).doesNotContain("at dusk", "Photo:");
    assertThat(a.images()).extracting(Credit::provider, Credit::creator).containsExactly(org.assertj.core.groups.Tuple.tuple("AP", "Jane Doe"));
  }

  @Test
  void fallsBackToThePublishersArticleBodyWhenTheMarkupHidesTheStory() {
    String text = "The city council voted on Tuesday to close the old harbour bridge to cars.\\n"
        + "Engineers had warned that the steel, laid in 1931, would not carry heavy traffic for much longer.\\n"
        + "Cyclists and pedestrians will keep using the bridge, which will be repaired over three summers.";
    ArticleStructure a = READER.read("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes to cars\",\"articleSection\":\"Local\",\"articleBody\":\"" + text
        + "\"}</script></head><body><div id=app><p>Loading…</p></div></body></html>");
    assertThat(a.headline()).isEqualTo("Bridge closes to cars");
    assertThat(a.section()).isEqualTo("Local");
    assertThat(a.lead() + "\n" + body(a)).contains("Engineers had warned", "Cyclists and pedestrians");
  }

  @Test
  void keepsTheMarkupReadingWhenItFoundTheStory() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY + "</article>"
        + "<div class=\"comment-list\"><p>I think this is a terrible decision and the council should resign at once, all of them.</p>"
        + "<p>Finally! I have waited for this for twenty years, and so have my neighbours on the north bank.</p></div></body></html>");
    assertThat(body(a)).contains("Shop owners").doesNotContain("terrible decision", "twenty years");
  }

  @Test
  void keepsALinkParagraphTheStoryPointsToBetweenItsProse() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY
        + "<p>Residents can send their comments to the council's office:</p>"
        + "<p><a href=\"mailto:bridge@city.example\">bridge@city.example</a></p>"
        + "<p>The consultation closes at the end of the month, the council said.</p></article></body></html>");
    assertThat(body(a)).contains("bridge@city.example", "The consultation closes");
  }

  @Test
  void aLinkParagraphAtTheEndOrInALinkListStaysFurniture() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY
        + "<p><a href=/other>Read next: the ferry timetable</a></p>"
        + "<p><a href=/a>Harbour</a> <a href=/b>Traffic</a></p>"
        + "<p>The consultation closes at the end of the month, the council said.</p>"
        + "<p><a href=/more>More from the city desk</a></p></article></body></html>");
    assertThat(body(a)).contains("The consultation closes").doesNotContain("Read next", "Harbour", "More from the city desk");
  }

  @Test
  void anAdSlotWordOnASectionOfProseDoesNotDropIt() {
    ArticleStructure a = READER.read("<html><body><article><h1>Grill test</h1><section class=\"Report__Section\">" + longStory()
        + "</section><section class=\"Report__Section Report__Section--Ads\"><h2>Verdict</h2><p>The grill reaches 800 degrees "
        + "in minutes. The build is solid, the accessories generous, and beginners can hardly go wrong. It holds only three "
        + "steaks at a time, though, so it stays a second grill beside a normal one. For the price, it is a good buy, and the pizza stone that comes with it is a welcome extra.</p>"
        + "<dl><dt>Cons</dt><dd>Strong heat only in the middle</dd></dl></section></article></body></html>");
    assertThat(body(a)).contains("The grill reaches 800 degrees", "Strong heat only in the middle");
  }

  @Test
  void anAdSlotWithLittleProseStillGoes() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY
        + "<div class=\"ad-slot\">Advertisement. Continue reading below.</div></article></body></html>");
    assertThat(body(a)).contains("Shop owners").doesNotContain("Advertisement");
  }

  @Test
  void aShareWidgetGoesEvenWhenItsIdAlsoSaysPost() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY
        + "<div id=\"jp-post-flair\" class=\"sharedaddy\"><h3>Like this:</h3><span>Like</span> Loading...</div>"
        + "</article></body></html>");
    assertThat(body(a)).contains("Shop owners").doesNotContain("Like this", "Loading");
  }

  @Test
  void aPostBlockWithAMetaWordKeepsItsProse() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + STORY
        + "<div class=\"post-meta-notes\">The bridge was last repaired in 1987, when a barge hit its northern pier. It was closed for a year, and ferries carried the traffic.</div>"
        + "</article></body></html>");
    assertThat(body(a)).contains("The bridge was last repaired in 1987");
  }

  @Test
  void aTeaserWrapperHoldingTheDateAndAuthorIsNotTheLead() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>"
        + "<div class=\"post-teaser\"><div class=\"blog-meta\"><div>20. Mai 2019</div><div>-</div><div>von <a href=/a/jd>Jane Doe</a></div></div></div>"
        + STORY + "</article></body></html>");
    assertThat(a.lead()).startsWith("The city council voted");
    assertThat(a.lead() + body(a)).doesNotContain("Jane Doe", "20. Mai 2019");
  }

  @Test
  void aPageBuilderTextWidgetInsideTheStoryIsText() {
    ArticleStructure a = READER.read("<html><body><article><h1>Earrings for summer</h1>" + longStory()
        + "<div class=\"builder-widget-container\"><div><p>Rose gold goes with longer earrings, and a small cuff keeps the look quiet for the office.</p><p>Hoops: Stella</p></div></div>"
        + "</article></body></html>");
    assertThat(body(a)).contains("Rose gold goes with longer earrings", "Hoops: Stella");
  }

  @Test
  void aTeaserCardForAnotherArticleInsideTheStoryGoes() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + longStory()
        + "<div><div class=\"snippet\"><h3><a href=/other>Ferry timetable changes for the summer season</a></h3>"
        + "<div>Summer is ferry time, and the city adds two boats on weekends. See for yourself!</div></div></div>"
        + "</article></body></html>");
    assertThat(body(a)).contains("In round 24").doesNotContain("Ferry timetable", "Summer is ferry time");
  }

  @Test
  void aStorySectionWithItsOwnSubheadingStays() {
    ArticleStructure a = READER.read("<html><body><article><h1>Bridge closes to cars</h1>" + longStory()
        + "<div><h3>What happens to the ferries</h3><div>The city adds two boats on weekends, the mayor said.</div></div>"
        + "</article></body></html>");
    assertThat(body(a)).contains("What happens to the ferries", "The city adds two boats on weekends");
  }

  @Test
  void aPageWithOnlyChromeStillYieldsItsText() {
    ArticleStructure a = READER.read("<html><body><div>Anzeige</div></body></html>");
    assertThat(a.headline()).isEqualTo("Anzeige");
  }
}
