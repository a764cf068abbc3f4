package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.CommonWords.DETERMINERS;
import static io.newsflow.enrich.entity.OrganisationNames.COMPANY_SUFFIXES;
import static io.newsflow.enrich.entity.PlaceNames.GAZETTEER_PLACE_CUES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Layer 1: names the gazetteer knows, with their inflected forms. A listed name that is also a common
 * word ("Essen", "Arm") needs a cue before it counts.
 */
final class GazetteerNames {
  /** Coordination that carries a place cue over a list ("in Essen, Köln und Münster"). */
  private static final Set<String> COORDINATORS = Set.of(",", "und", "oder", "and", "or", "i", "oraz", "et");

  private final Gazetteer gazetteer;
  private final OrganisationCues organisationCues;
  private final Set<String> agencies;

  GazetteerNames(Gazetteer gazetteer, OrganisationCues organisationCues, Set<String> agencies) {
    this.gazetteer = gazetteer;
    this.organisationCues = organisationCues;
    this.agencies = agencies;
  }

  void gazetteerNames(Recognition r) {
    // A name that is also a common word counts once the article uses it with a cue ("in Essen");
    // its bare occurrences then follow.
    Set<String> cued = new HashSet<>();
    List<Gazetteer.Match> uncued = new ArrayList<>();
    for (int i = 0; i < r.tokens.size(); i++) {
      if (r.used[i] || !r.tokens.get(i).isWord()) {
        continue;
      }
      Gazetteer.Match m = gazetteer.longestAt(r.tokens, r.lower, i);
      if (m == null) {
        continue;
      }
      if (m.to() - m.from() == 1 && isBylineMarker(r, i)) {
        r.used[i] = true;
        continue;
      }
      if (gazetteer.needsCue(m, r.lower, r.language)) {
        if (!hasCue(r, m)) {
          uncued.add(m);
          i = m.to() - 1;
          continue;
        }
        cued.add(m.entry().id());
      }
      if (Character.isDigit(r.tokens.get(i).text().charAt(0))) {
        // "1. FC Kaiserslautern" is listed whole; an earlier layer may have taken "FC Kaiserslautern" from it.
        r.release(m.from(), m.to());
      }
      r.add(m.entry().id(), m.entry().type(), m.entry(), null, m.from(), m.to());
      i = m.to() - 1;
    }
    for (Gazetteer.Match m : uncued) {
      if (cued.contains(m.entry().id()) && !r.anyUsed(m.from(), m.to()) && (m.from() == 0 || !DETERMINERS.contains(r.lower.get(m.from() - 1)))) {
        r.add(m.entry().id(), m.entry().type(), m.entry(), null, m.from(), m.to());
      } else {
        r.uncuedName[m.from()] = true;
      }
    }
  }

  private boolean hasCue(Recognition r, Gazetteer.Match m) {
    int i = m.from();
    if (m.entry().type() == EntityType.ORGANISATION) {
      return i > 0 && r.adjacentWords(i - 1, i) && organisationCues.isDescriptor(r.language, r.lower.get(i - 1))
          || m.to() < r.tokens.size() && COMPANY_SUFFIXES.contains(r.tokens.get(m.to()).text());
    }
    return i > 0 && r.adjacentWords(i - 1, i) && GAZETTEER_PLACE_CUES.getOrDefault(r.language, Set.of()).contains(r.lower.get(i - 1))
        || i > 1 && COORDINATORS.contains(r.lower.get(i - 1)) && r.ownerOf[i - 2] != null && r.ownerOf[i - 2].type == EntityType.PLACE
        || knownRegionAfter(r, m.to());
  }

  /** ", California", ", Russland": a comma and a known place that needs no cue itself. */
  private boolean knownRegionAfter(Recognition r, int k) {
    if (k + 1 >= r.tokens.size() || !r.tokens.get(k).text().equals(",")) {
      return false;
    }
    Gazetteer.Match region = gazetteer.longestAt(r.tokens, r.lower, k + 1);
    return region != null && region.entry().type() == EntityType.PLACE && !gazetteer.needsCue(region, r.lower, r.language);
  }

  /** "(AP)", "(dpa)" in a dateline credit the agency; they do not name it as a subject. */
  private boolean isBylineMarker(Recognition r, int i) {
    return i > 0 && i + 1 < r.tokens.size() && r.tokens.get(i - 1).text().equals("(")
        && r.tokens.get(i + 1).text().equals(")") && agencies.contains(r.lower.get(i));
  }
}
