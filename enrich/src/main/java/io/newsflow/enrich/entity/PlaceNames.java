package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.CommonWords.CALENDAR;

import io.newsflow.enrich.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places not in any list: "<City>er Hafen", a capitalised word after a place preposition, and
 * capitalised words before ", <known place>".
 */
final class PlaceNames {
  /** German landmarks named after their city with -er ("Hamburger Hafen", "Kölner Dom"). */
  private static final Set<String> CITY_LANDMARKS = Set.of("Hafen", "Flughafen", "Hauptbahnhof", "Bahnhof", "Dom", "Zoo");
  /** Prepositions that put a capitalised word in place position ("in Kent", "à Lyon", "we Wrocławiu"). */
  static final Map<String, Set<String>> PLACE_PREPOSITIONS = Map.of(
      "de", Set.of("in", "nach", "aus"),
      "en", Set.of("in", "near"),
      "fr", Set.of("à"),
      "pl", Set.of("w", "we"));
  /**
   * Cues that let a listed name which is also a common word count as a place ("in Essen", "nach
   * Halle", "from Reading"); a place before ", <known region>" needs none ("San Jose, California").
   */
  static final Map<String, Set<String>> GAZETTEER_PLACE_CUES = Map.of(
      "de", Set.of("in", "nach", "aus", "bei", "stadt", "kreis", "landkreis", "gemeinde", "hansestadt", "landeshauptstadt"),
      "en", Set.of("in", "near", "from", "at"),
      "fr", Set.of("à"),
      "pl", Set.of("w", "we", "z", "ze", "do", "pod", "koło", "miasto", "miasta", "gmina", "gminy", "powiat", "powiatu"));
  /** French nouns whose "de X" names a town: "le maire de Lyon", "le centre de Marseille". */
  private static final Set<String> FRENCH_PLACE_HEADS = Set.of("maire", "maires", "mairie", "ville", "centre", "habitants", "préfet", "banlieue", "région", "port");
  /** Endings of German place names (Duden, "Ortsnamen"): a capitalised noun after "in" ending so is a town. */
  private static final List<String> GERMAN_PLACE_ENDINGS = List.of(
      "burg", "berg", "dorf", "stadt", "hausen", "heim", "ingen", "feld", "furt", "hagen", "stedt", "werder",
      "rode", "brück", "bach", "ach", "kirchen", "leben", "haven", "büttel", "walde", "hude", "büll", "lar");

  private final Gazetteer gazetteer;
  private final PersonCues cues;

  PlaceNames(Gazetteer gazetteer, PersonCues cues) {
    this.gazetteer = gazetteer;
    this.cues = cues;
  }

  void cityLandmarks(Recognition r) {
    for (int i = 0; i + 1 < r.tokens.size(); i++) {
      String word = r.tokens.get(i).text();
      if (r.used[i] || r.used[i + 1] || !word.endsWith("er") || word.length() < 5 || !CITY_LANDMARKS.contains(r.tokens.get(i + 1).text())) {
        continue;
      }
      Gazetteer.Entry city = gazetteer.place(word.substring(0, word.length() - 2));
      if (city != null) {
        String name = r.span(i, i + 2);
        r.add("place:" + name, EntityType.PLACE, null, name, i, i + 2);
        i++;
      }
    }
  }

  /**
   * Places not in any list, from the preposition before them: "in Kent", "à Lyon", "we
   * Wrocławiu", "les maires de Lyon et de Marseille". German capitalises every noun ("in Kraft",
   * "aus Sicht"), so there the word must also end like a German place name (-burg, -werder, ...).
   * Once a word is a place, its other capitalised occurrences are mentions of it.
   */
  void cuedPlaces(Recognition r) {
    Set<String> prepositions = PLACE_PREPOSITIONS.getOrDefault(r.language == null ? "" : r.language, Set.of());
    Set<String> places = new HashSet<>();
    Set<String> compounds = new HashSet<>();
    for (int i = 1; i < r.tokens.size(); i++) {
      Token t = r.tokens.get(i);
      if ("de".equals(r.language) && !r.used[i] && prepositions.contains(r.lower.get(i - 1)) && isGermanHyphenPlace(r, i)) {
        compounds.add(r.span(i, i + 3));
        continue;
      }
      if (r.used[i] || !t.isWord() || !t.isCapitalised() || t.isAllCaps() || t.text().length() < 3
          || !r.adjacentWords(i - 1, i) || CALENDAR.contains(t.text()) || cues.isRole(t.text()) || cues.isGivenName(t.text())) {
        continue;
      }
      String before = r.lower.get(i - 1);
      boolean cued = prepositions.contains(before) && !r.tokens.get(i - 1).isCapitalised()
          || "de".equals(r.language) && (isHometown(r, i) || isCoordinatedWithAPlace(r, i, places))
          || before.equals("de") && "fr".equals(r.language) && i >= 2 && (FRENCH_PLACE_HEADS.contains(r.lower.get(i - 2))
              || r.lower.get(i - 2).equals("et") && i >= 3 && places.contains(r.tokens.get(i - 3).text()));
      if (!cued || i + 1 < r.tokens.size() && r.tokens.get(i + 1).isWord() && r.tokens.get(i + 1).isCapitalised()) {
        continue;
      }
      if ("de".equals(r.language) && !looksLikeGermanPlaceName(r.lower.get(i))) {
        continue;
      }
      places.add(t.text());
    }
    for (int i = 0; i < r.tokens.size(); i++) {
      if (!r.used[i] && places.contains(r.tokens.get(i).text())) {
        String name = r.tokens.get(i).text();
        r.add("place:" + name, EntityType.PLACE, null, name, i, i + 1);
      }
    }
    r.addEveryOccurrence(compounds, EntityType.PLACE, "place:");
  }

  /** "Johann Böhler (Starnberg)", "Frank Augustin (Frankfurt / Oder)": the town in brackets after a name. */
  private static boolean isHometown(Recognition r, int i) {
    return i >= 2 && i + 1 < r.tokens.size() && r.tokens.get(i - 1).text().equals("(")
        && r.tokens.get(i - 2).isWord() && r.tokens.get(i - 2).isCapitalised()
        && (r.tokens.get(i + 1).text().equals(")") || r.tokens.get(i + 1).text().equals("/"));
  }

  /** "aus Rodheim, Nieder-Weisel und Ockstadt": a word joined by "und" or a comma to a place before it. */
  private static boolean isCoordinatedWithAPlace(Recognition r, int i, Set<String> places) {
    String before = r.lower.get(i - 1);
    if (i < 2 || !before.equals("und") && !before.equals(",") && !before.equals("sowie")) {
      return false;
    }
    Found owner = r.ownerOf[i - 2];
    return owner != null && owner.type == EntityType.PLACE || places.contains(r.tokens.get(i - 2).text());
  }

  /** "in Neu-Isenburg", "nach Castrop-Rauxel": a hyphenated name whose last part ends like a German place. */
  private static boolean isGermanHyphenPlace(Recognition r, int i) {
    if (i + 2 >= r.tokens.size() || r.used[i + 1] || r.used[i + 2] || !r.adjacentWords(i - 1, i)) {
      return false;
    }
    Token first = r.tokens.get(i);
    Token hyphen = r.tokens.get(i + 1);
    Token last = r.tokens.get(i + 2);
    return first.isWord() && first.isCapitalised() && !first.isAllCaps() && hyphen.text().equals("-")
        && hyphen.start() == first.end() && last.start() == hyphen.end() && last.isWord() && last.isCapitalised()
        && looksLikeGermanPlaceName(r.lower.get(i + 2))
        && (i + 3 >= r.tokens.size() || !r.tokens.get(i + 3).text().equals("-"));
  }

  /**
   * "San Jose, California", "Kasan, Russland": capitalised words not otherwise known before a
   * comma and a known place, after a place preposition or at the start of a line (dateline).
   */
  void placesBeforeRegion(Recognition r) {
    Set<String> prepositions = GAZETTEER_PLACE_CUES.getOrDefault(r.language == null ? "" : r.language, Set.of());
    Set<String> names = new HashSet<>();
    for (int k = 2; k + 1 < r.tokens.size(); k++) {
      if (!r.tokens.get(k).text().equals(",") || r.ownerOf[k + 1] == null || r.ownerOf[k + 1].type != EntityType.PLACE
          || r.tokens.get(k + 1).start() != r.tokens.get(k).end() + 1) {
        continue;
      }
      int from = k;
      while (from > 0 && k - from < 3 && !r.used[from - 1] && r.tokens.get(from - 1).isWord() && r.tokens.get(from - 1).isCapitalised()
          && (from == k || r.adjacentWords(from - 1, from))) {
        from--;
      }
      if (from == k || r.tokens.get(k - 1).end() != r.tokens.get(k).start()) {
        continue;
      }
      boolean cued = from > 0 && prepositions.contains(r.lower.get(from - 1)) && r.adjacentWords(from - 1, from)
          || from == 0 || r.text.lastIndexOf('\n', r.tokens.get(from).start()) == r.tokens.get(from).start() - 1;
      String first = r.tokens.get(from).text();
      if (!cued || CALENDAR.contains(first) || cues.isRole(first) || cues.isGivenName(first)) {
        continue;
      }
      names.add(r.span(from, k));
    }
    r.addEveryOccurrence(names, EntityType.PLACE, "place:");
  }

  private static boolean looksLikeGermanPlaceName(String word) {
    for (String ending : GERMAN_PLACE_ENDINGS) {
      if (word.length() >= ending.length() + 3 && word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
