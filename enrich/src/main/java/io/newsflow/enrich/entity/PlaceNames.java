package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.CommonWords.CALENDAR;

import io.newsflow.enrich.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  /**
   * English nouns spelled like a listed place ("china", "turkey", "reading"): in lower case they are the
   * noun, not the place.
   */
  private static final Set<String> ENGLISH_NOUNS_NAMED_LIKE_PLACES = Set.of(
      "china", "turkey", "chile", "nice", "reading", "mobile", "bath", "split", "orange", "phoenix", "buffalo",
      "jersey", "guinea", "java", "cork", "bologna", "champagne");
  /** A lower-case place is at most this many words ("new south wales"). */
  private static final int LONGEST_LOWER_CASE_PLACE = 3;

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
   * English web text (forums, comments, reviews) writes places in lower case: "flew to malaysia", "trip to
   * kerala". A lower-case run equal to a listed place's English name is that place, unless the name is also
   * a word (the gazetteer's cue rule, and nouns such as "turkey"), follows a determiner ("the nice"), or is
   * a given name. English only: German, Polish and French text capitalises its places.
   */
  void lowerCasePlaces(Recognition r) {
    if (!"en".equals(r.language)) {
      return;
    }
    for (int i = 0; i < r.tokens.size(); i++) {
      if (r.used[i] || !isLowerCaseWord(r.tokens.get(i)) || i > 0 && CommonWords.DETERMINERS.contains(r.lower.get(i - 1))) {
        continue;
      }
      for (int n = Math.min(LONGEST_LOWER_CASE_PLACE, r.tokens.size() - i); n >= 1; n--) {
        Gazetteer.Entry place = lowerCasePlace(r, i, i + n);
        if (place != null) {
          r.add(place.id(), EntityType.PLACE, place, null, i, i + n);
          i += n - 1;
          break;
        }
      }
    }
  }

  /**
   * "Israeli", "Iraqi", "Pakistani": English names a country's people and their adjective by adding -i to the
   * country's name. The words are marked, not named: the document level drops a model span on one of them, as it
   * drops "Australian" or "Chinese".
   */
  void englishDemonyms(Recognition r) {
    if (!"en".equals(r.language)) {
      return;
    }
    for (Token t : r.tokens) {
      if (!isCapitalisedWordEndingIn(t, "i")) {
        continue;
      }
      String word = t.text();
      Gazetteer.Entry country = gazetteer.place(word.substring(0, word.length() - 1));
      if (country != null && country.id().startsWith("country:")) {
        r.demonymStarts.add(t.start());
      }
    }
  }

  /**
   * "Kölner", "Dresdner", "Texaner": German names a place's people and its adjective with -er (Köln, Dresden:
   * Dresdn-er, Texas: Tex-aner). The words are marked for the document level, which takes them off the front of a
   * person's name ("der Dresdner Ulf Kirsten").
   */
  void germanOrigins(Recognition r) {
    if (!"de".equals(r.language)) {
      return;
    }
    for (Token t : r.tokens) {
      if (!isCapitalisedWordEndingIn(t, "er")) {
        continue;
      }
      String word = t.text();
      String beforeAner = word.substring(0, Math.max(0, word.length() - 4));
      boolean origin = gazetteer.place(word.substring(0, word.length() - 2)) != null
          || word.endsWith("ner") && gazetteer.place(word.substring(0, word.length() - 3) + "en") != null
          || word.endsWith("aner") && (gazetteer.place(beforeAner + "o") != null || gazetteer.place(beforeAner + "as") != null
              || gazetteer.place(beforeAner + "a") != null);
      if (origin) {
        r.originStarts.add(t.start());
      }
    }
  }

  /** The listed place the words [from, to) name in lower case, or null. */
  private Gazetteer.Entry lowerCasePlace(Recognition r, int from, int to) {
    for (int k = from; k < to; k++) {
      if (r.used[k] || !isLowerCaseWord(r.tokens.get(k)) || k > from && !r.adjacentWords(k - 1, k)) {
        return null;
      }
    }
    if (isInsideAnAddress(r.text, r.tokens.get(from).start(), r.tokens.get(to - 1).end())) {
      return null;
    }
    String name = r.span(from, to);
    Gazetteer.Entry place = gazetteer.place(name);
    String english = place == null ? null : place.names().get("en");
    boolean isThePlace = english != null && english.toLowerCase(Locale.ROOT).equals(name) && name.length() >= 4
        && !ENGLISH_NOUNS_NAMED_LIKE_PLACES.contains(name)
        && !gazetteer.needsCue(new Gazetteer.Match(place, from, to, false), r.lower, "en")
        && !cues.isGivenName(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    return isThePlace ? place : null;
  }

  /** "sfig@houston.rr.com", "www.kerala.com/tours": part of an e-mail or web address, not a word of the text. */
  private static boolean isInsideAnAddress(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    boolean dotBeforeAWord = after == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1));
    return before == '@' || before == '.' || before == '/' || after == '@' || after == '/' || dotBeforeAWord;
  }

  /** A capitalised word of five letters or more, not an acronym, with this ending. */
  private static boolean isCapitalisedWordEndingIn(Token t, String ending) {
    return t.text().length() >= 5 && t.isWord() && t.isCapitalised() && !t.isAllCaps() && t.text().endsWith(ending);
  }

  private static boolean isLowerCaseWord(Token t) {
    return t.isWord() && Character.isLowerCase(t.text().charAt(0));
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
