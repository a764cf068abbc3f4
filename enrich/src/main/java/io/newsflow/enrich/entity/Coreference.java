package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.PlaceNames.GAZETTEER_PLACE_CUES;
import static io.newsflow.enrich.entity.PlaceNames.PLACE_PREPOSITIONS;

import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mentions that move to an entity already found: a town's name that stands for its club, an
 * acronym defined in brackets after a name.
 */
final class Coreference {
  private final Gazetteer gazetteer;
  private final Set<String> agencies;

  Coreference(Gazetteer gazetteer, Set<String> agencies) {
    this.gazetteer = gazetteer;
    this.agencies = agencies;
  }

  /**
   * "FC Bayern München", "Bayer 04 Leverkusen": once a club named after its town is in the
   * article, the town's bare name is the club ("die Bayern", "Leverkusen lauert",
   * "Bayern-Trainer"); after a place preposition it stays the place ("Topspiel in Dortmund").
   */
  void clubsNamedAfterPlaces(Recognition r) {
    Set<String> prepositions = new HashSet<>(GAZETTEER_PLACE_CUES.getOrDefault(r.language == null ? "" : r.language, Set.of()));
    prepositions.addAll(PLACE_PREPOSITIONS.getOrDefault(r.language == null ? "" : r.language, Set.of()));
    for (Found club : List.copyOf(r.found.values())) {
      Set<String> townWords = club.entry == null ? null : gazetteer.placeWordsOf(club.entry);
      if (townWords == null) {
        continue;
      }
      for (Found place : List.copyOf(r.found.values())) {
        if (place.type != EntityType.PLACE || place.entry == null) {
          continue;
        }
        List<Mention> moved = new ArrayList<>();
        for (Mention m : place.mentions) {
          int i = r.tokenAt(m.start());
          if (townWords.contains(m.text()) && i >= 0 && (i == 0 || !prepositions.contains(r.lower.get(i - 1)))) {
            moved.add(m);
          }
        }
        if (!moved.isEmpty()) {
          place.mentions.removeAll(moved);
          club.mentions.addAll(moved);
          if (place.mentions.isEmpty()) {
            r.found.remove(place.id);
          }
        }
      }
    }
  }

  /**
   * "Hamburger Hafen und Logistik AG (HHLA)": the acronym names the same organisation. Capitals in brackets after
   * a person are their party, club or country ("Werner Emde (FWG)", "Helena Sukova (CSFR)"), never their initials.
   */
  void acronyms(Recognition r) {
    Map<String, String> defined = new HashMap<>();
    for (int i = 2; i + 1 < r.tokens.size(); i++) {
      Token t = r.tokens.get(i);
      if (t.isAllCaps() && t.text().length() <= 6 && r.tokens.get(i - 1).text().equals("(") && r.tokens.get(i + 1).text().equals(")")
          && !agencies.contains(r.lower.get(i))) {
        String before = r.owner(i - 2);
        if (before != null && r.found.get(before).type != EntityType.PERSON) {
          defined.put(t.text(), before);
        }
      }
    }
    for (int i = 0; i < r.tokens.size(); i++) {
      String id = defined.get(r.tokens.get(i).text());
      if (id != null && !r.used[i]) {
        r.add(id, r.found.get(id).type, null, null, i, i + 1);
      }
    }
  }
}
