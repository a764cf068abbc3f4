package io.newsflow.enrich.entity;

import static io.newsflow.enrich.TestArticles.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadNounNamesTest {
  private static List<String> names(EnrichedArticle a, EntityType type) {
    return a.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }

  private static List<String> allMentions(EnrichedArticle a) {
    return a.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
  }

  @Test
  void namesUnlistedOrganisationByItsHeadNoun() {
    EnrichedArticle a = plain("""
        Ruling limits federal power over wetlands

        Judges ruled on Thursday that the Environmental Protection Agency cannot regulate seasonal ponds on private farmland.
        Lawyers for the Northern Rivers Water Authority said the decision would force it to rewrite its permits.
        """);
    assertThat(names(a, EntityType.ORGANISATION)).contains("Environmental Protection Agency", "Northern Rivers Water Authority");
  }

  @Test
  void keepsKnownNameEndingInHeadNoun() {
    EnrichedArticle a = plain("""
        Rates stay on hold

        Officials at the Federal Reserve Board kept interest rates unchanged on Wednesday, citing a cooling labour market.
        """);
    assertThat(a.entities()).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Federal Reserve Board")))
        .extracting(Entity::type).containsExactly(EntityType.ORGANISATION);
  }

  @Test
  void leavesGenericHeadNounsAlone() {
    EnrichedArticle a = plain("""
        Tech Giant Faces Court Battle Over Board Vote

        The Court said on Monday that the appeal was filed too late. Party members had asked for a new vote,
        but the Board declined to schedule one before the summer.
        """);
    assertThat(names(a, EntityType.ORGANISATION)).noneMatch(n -> n.endsWith("Court") || n.endsWith("Party") || n.endsWith("Board")
        || n.endsWith("Vote"));
    assertThat(allMentions(a)).doesNotContain("The Court", "Court", "Party", "Board", "Tech Giant Faces Court");
  }

  @Test
  void doesNotCutShortKnownNameWithConnector() {
    EnrichedArticle a = plain("""
        Regulator fines broker

        The Securities and Exchange Commission fined a Chicago broker on Friday for misleading its clients about fees.
        """);
    assertThat(names(a, EntityType.ORGANISATION)).doesNotContain("Exchange Commission");
  }

  @Test
  void namesGermanAuthorityByLevelAndEnding() {
    EnrichedArticle a = plain("""
        Messwerte am Lech überschritten

        Das Landesumweltamt hat am Dienstag erhöhte Schadstoffwerte im Fluss gemessen. Ein Sprecher des Landesumweltamts sagte,
        die Proben würden nun im Labor untersucht. Die Ergebnisse sollen in zwei Wochen vorliegen.
        """);
    Entity office = a.entities().stream().filter(e -> e.name().equals("Landesumweltamt")).findFirst().orElseThrow();
    assertThat(office.type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(office.mentions()).extracting(Mention::text).containsExactly("Landesumweltamt", "Landesumweltamts");
  }

  @Test
  void namesGermanCourtOnlyWithItsPlace() {
    EnrichedArticle a = plain("""
        Urteil im Betrugsprozess

        Das Landgericht Augsburg hat am Mittwoch einen Unternehmer zu drei Jahren Haft verurteilt. Das Landgericht sah es als erwiesen an,
        dass er die Anleger über Jahre getäuscht hatte. Die Verteidigung will in Revision gehen.
        """);
    assertThat(names(a, EntityType.ORGANISATION)).contains("Landgericht Augsburg").doesNotContain("Landgericht");
  }
}
