package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.ArticleText;
import io.newsflow.enrich.text.DataFile;
import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people, places and organisations in layers, each measurable on its own:
 * (1) gazetteer of known names with their inflected forms; (2) name patterns: company suffixes,
 * "Hamburger Hafen", given name + surname, role word + name; (3) coreference: surnames and
 * acronyms merged into the entity first named in full. Immutable and thread-safe.
 */
public final class EntityRecognizer {
  private static final Set<String> COMPANY_SUFFIXES = Set.of("AG", "GmbH", "SE", "Inc", "Ltd", "plc", "Corp", "KGaA", "LLC", "SA", "NV", "Holding");
  private static final Set<String> NAME_CONNECTORS = Set.of("und", "and", "&", "of", "für", "i", "et");
  /** German landmarks named after their city with -er ("Hamburger Hafen", "Kölner Dom"). */
  private static final Set<String> CITY_LANDMARKS = Set.of("Hafen", "Flughafen", "Hauptbahnhof", "Bahnhof", "Dom", "Zoo");

  /** Prepositions that put a capitalised word in place position ("in Kent", "à Lyon", "we Wrocławiu"). */
  private static final Map<String, Set<String>> PLACE_PREPOSITIONS = Map.of(
      "de", Set.of("in", "nach", "aus"),
      "en", Set.of("in", "near"),
      "fr", Set.of("à"),
      "pl", Set.of("w", "we"));
  /** French nouns whose "de X" names a town: "le maire de Lyon", "le centre de Marseille". */
  private static final Set<String> FRENCH_PLACE_HEADS = Set.of("maire", "maires", "mairie", "ville", "centre", "habitants", "préfet", "banlieue", "région", "port");
  /** Endings of German place names (Duden, "Ortsnamen"): a capitalised noun after "in" ending so is a town. */
  private static final List<String> GERMAN_PLACE_ENDINGS = List.of(
      "burg", "berg", "dorf", "stadt", "hausen", "heim", "ingen", "feld", "furt", "hagen", "stedt", "werder",
      "rode", "brück", "bach", "kirchen", "leben", "haven", "büttel", "walde", "hude", "büll", "lar");
  /** Months, weekdays and languages, capitalised after "in" but never places. */
  private static final Set<String> CALENDAR = Set.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Parliament", "Congress", "Court",
      "English", "French", "German", "Spanish", "Polish", "Italian", "Russian", "Chinese", "Arabic", "Ukrainian",
      "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember");

  private final Gazetteer gazetteer = new Gazetteer();
  private final PersonCues cues = new PersonCues();
  private final Set<String> agencies = new HashSet<>();

  public EntityRecognizer() {
    for (String line : DataFile.lines("credit/agencies.txt")) {
      agencies.add(line.split("\t")[0].toLowerCase(Locale.ROOT));
    }
  }

  public List<Entity> recognise(ArticleText articleText, String language) {
    return new Pass(articleText.text(), language).run();
  }

  /** The state of one article's recognition; never shared between threads. */
  private final class Pass {
    final String text;
    final String language;
    final List<Token> tokens;
    final List<String> lower;
    final boolean[] used;
    final Map<String, Found> found = new LinkedHashMap<>();

    Pass(String text, String language) {
      this.text = text;
      this.language = language;
      this.tokens = Token.split(text);
      this.lower = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        lower.add(t.text().toLowerCase(Locale.ROOT));
      }
      this.used = new boolean[tokens.size()];
    }

    List<Entity> run() {
      acronymDefinitions();
      companyNames();
      gazetteerNames();
      cityLandmarks();
      people();
      cuedPlaces();
      acronyms();
      List<Entity> out = new ArrayList<>();
      found.values().stream()
          .sorted(Comparator.comparingInt(f -> f.mentions.get(0).start()))
          .forEach(f -> out.add(f.toEntity(language)));
      return out;
    }

    void gazetteerNames() {
      for (int i = 0; i < tokens.size(); i++) {
        if (used[i] || !tokens.get(i).isWord()) {
          continue;
        }
        Gazetteer.Match m = gazetteer.longestAt(tokens, lower, i);
        if (m == null) {
          continue;
        }
        if (m.to() - m.from() == 1 && isBylineMarker(i)) {
          used[i] = true;
          continue;
        }
        add(m.entry().id(), m.entry().type(), m.entry(), null, m.from(), m.to());
        i = m.to() - 1;
      }
    }

    /** "(AP)", "(dpa)" in a dateline credit the agency; they do not name it as a subject. */
    boolean isBylineMarker(int i) {
      return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).text().equals("(")
          && tokens.get(i + 1).text().equals(")") && agencies.contains(lower.get(i));
    }

    void companyNames() {
      for (int i = 1; i < tokens.size(); i++) {
        if (used[i] || !COMPANY_SUFFIXES.contains(tokens.get(i).text())) {
          continue;
        }
        int from = i;
        while (from > 0 && !used[from - 1] && from > i - 7 && adjacentWords(from - 1, from)
            && (tokens.get(from - 1).isCapitalised() || NAME_CONNECTORS.contains(lower.get(from - 1)))) {
          from--;
        }
        while (from < i && !tokens.get(from).isCapitalised()) {
          from++;
        }
        if (from < i) {
          // "Siemens AG" is the Siemens the gazetteer knows, not a second organisation.
          Gazetteer.Match known = gazetteer.longestAt(tokens, lower, from);
          if (known != null && known.entry().type() == EntityType.ORGANISATION && known.to() >= i) {
            add(known.entry().id(), EntityType.ORGANISATION, known.entry(), null, from, i + 1);
          } else {
            String name = span(from, i + 1);
            add("org:" + name, EntityType.ORGANISATION, null, name, from, i + 1);
          }
        }
      }
    }

    void cityLandmarks() {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String word = tokens.get(i).text();
        if (used[i] || used[i + 1] || !word.endsWith("er") || word.length() < 5 || !CITY_LANDMARKS.contains(tokens.get(i + 1).text())) {
          continue;
        }
        Gazetteer.Entry city = gazetteer.place(word.substring(0, word.length() - 2));
        if (city != null) {
          String name = span(i, i + 2);
          add("place:" + name, EntityType.PLACE, null, name, i, i + 2);
          i++;
        }
      }
    }

    void people() {
      List<int[]> surnamesOnly = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (used[i] || !t.isWord() || !t.isCapitalised()) {
          continue;
        }
        boolean given = cues.isGivenName(t.text());
        boolean afterRole = i > 0 && tokens.get(i - 1).isWord() && adjacentWords(i - 1, i)
            && cues.isRole(tokens.get(i - 1).text()) && !cues.isRole(t.text());
        boolean appositive = !given && !afterRole && isAppositiveAfterRole(i);
        if (!given && !afterRole && !appositive) {
          continue;
        }
        List<Integer> parts = nameParts(i, given);
        if (appositive && (parts.size() != 2 || !closesApposition(parts.get(1) + 1))) {
          continue;
        }
        if (parts.size() >= 2 && continuesAsCompound(parts.get(parts.size() - 1) + 1)) {
          // "Friedrich-Alexander-Universität", "Max-Planck-Institut": a name inside a compound noun.
          i = parts.get(parts.size() - 1) + 1;
          continue;
        }
        if (parts.size() >= 2) {
          int to = parts.get(parts.size() - 1) + 1;
          String name = span(i, to);
          add("person:" + name, EntityType.PERSON, null, name, i, to);
          i = to - 1;
        } else if (afterRole && parts.size() == 1 && !given && t.text().length() >= 3) {
          surnamesOnly.add(new int[] {i, i + 1});
        }
      }
      Map<String, String> surnames = surnameForms();
      for (int[] span : surnamesOnly) {
        if (!used[span[0]]) {
          String id = surnames.get(lower.get(span[0]));
          String name = span(span[0], span[1]);
          add(id != null ? id : "person:" + name, EntityType.PERSON, null, name, span[0], span[1]);
        }
      }
      surnames = surnameForms();
      for (int i = 0; i < tokens.size(); i++) {
        if (!used[i] && tokens.get(i).isWord() && tokens.get(i).isCapitalised()) {
          String id = surnames.get(lower.get(i));
          if (id != null) {
            add(id, EntityType.PERSON, null, null, i, i + 1);
          }
        }
      }
    }

    /**
     * "Der Präsident des Ifo-Instituts, Clemens Fuest, ..." / "le maire de Lyon, Grégory Doucet,":
     * a name set off by a comma right after a role phrase of the same sentence.
     */
    boolean isAppositiveAfterRole(int i) {
      if (i < 2 || !tokens.get(i - 1).text().equals(",")) {
        return false;
      }
      for (int k = i - 2; k >= Math.max(0, i - 7); k--) {
        String t = tokens.get(k).text();
        if (t.equals(".") || t.equals(",") || t.equals(":")) {
          return false;
        }
        if (tokens.get(k).isWord() && cues.isRole(t)) {
          return true;
        }
      }
      return false;
    }

    boolean closesApposition(int next) {
      if (next >= tokens.size()) {
        return true;
      }
      String t = tokens.get(next).text();
      return t.equals(",") || t.equals(".") || t.equals(")") || t.equals("–") || t.equals("—");
    }

    boolean continuesAsCompound(int next) {
      return next + 1 < tokens.size() && tokens.get(next).text().equals("-")
          && tokens.get(next).start() == tokens.get(next - 1).end() && tokens.get(next + 1).isWord()
          && tokens.get(next + 1).start() == tokens.get(next).end();
    }

    List<Integer> nameParts(int start, boolean startsWithGivenName) {
      List<Integer> parts = new ArrayList<>();
      int k = start;
      boolean previousGiven = false;
      while (k < tokens.size() && parts.size() < 4) {
        Token t = tokens.get(k);
        boolean nameWord = t.isWord() && !used[k] && t.isCapitalised() && (t.text().length() >= 2 || k + 1 < tokens.size() && tokens.get(k + 1).text().equals("."));
        if (nameWord && (parts.isEmpty() || parts.size() == 1 || previousGiven) && (parts.isEmpty() || adjacentWords(k - 1, k) || tokens.get(k - 1).text().equals("-"))) {
          if (!parts.isEmpty() && cues.isRole(t.text())) {
            break;
          }
          parts.add(k);
          previousGiven = cues.isGivenName(t.text()) || t.isAllCaps() && t.text().length() <= 3;
          k++;
          if (k + 1 < tokens.size() && tokens.get(k).text().equals("-") && tokens.get(k).start() == tokens.get(k - 1).end()
              && tokens.get(k + 1).isCapitalised() && tokens.get(k + 1).start() == tokens.get(k).end()) {
            parts.add(k + 1);
            k += 2;
          }
        } else if (t.isWord() && !parts.isEmpty() && cues.isParticle(t.text()) && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised()) {
          previousGiven = true;
          k++;
        } else {
          break;
        }
      }
      return parts;
    }

    /** Surname forms (with inflections) of every person named in full so far. */
    Map<String, String> surnameForms() {
      Map<String, String> forms = new HashMap<>();
      Set<String> clashing = new HashSet<>();
      for (Found f : found.values()) {
        if (f.type != EntityType.PERSON) {
          continue;
        }
        Set<String> surnames = new HashSet<>();
        for (Mention m : f.mentions) {
          surnames.add(m.text().substring(m.text().lastIndexOf(' ') + 1));
        }
        for (String surname : surnames) {
          for (String form : Inflections.forms(surname)) {
            String key = form.toLowerCase(Locale.ROOT);
            String previous = forms.putIfAbsent(key, f.id);
            if (previous != null && !previous.equals(f.id)) {
              clashing.add(key);
            }
          }
        }
      }
      clashing.forEach(forms::remove);
      return forms;
    }

    /**
     * "Taiwan Semiconductor Manufacturing Company (TSMC)", "Bundesagentur für Arbeit (BA)": a
     * capitalised phrase whose initials spell the acronym in brackets after it is an organisation,
     * even when a shorter known name (Taiwan) starts it. Known full names stay with the gazetteer.
     */
    void acronymDefinitions() {
      for (int i = 2; i + 1 < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.isAllCaps() || t.text().length() > 6 || !tokens.get(i - 1).text().equals("(")
            || !tokens.get(i + 1).text().equals(")") || agencies.contains(lower.get(i))) {
          continue;
        }
        int from = initialsStart(i - 1, t.text());
        if (from < 0) {
          continue;
        }
        Gazetteer.Match known = gazetteer.longestAt(tokens, lower, from);
        if (known != null && known.to() >= i - 1) {
          continue;
        }
        String name = span(from, i - 1);
        add("org:" + name, EntityType.ORGANISATION, null, name, from, i - 1);
      }
    }

    /** The first token of the phrase ending before {@code end} whose initials spell {@code acronym}. */
    int initialsStart(int end, String acronym) {
      int letter = acronym.length() - 1;
      int k = end - 1;
      while (k >= 0 && letter >= 0 && end - k <= 10) {
        Token w = tokens.get(k);
        if (w.isWord() && w.isCapitalised()) {
          if (Character.toUpperCase(w.text().charAt(0)) != acronym.charAt(letter)) {
            return -1;
          }
          letter--;
          if (letter < 0) {
            return k;
          }
        } else if (!(w.isWord() && NAME_CONNECTORS.contains(lower.get(k)))) {
          return -1;
        }
        k--;
      }
      return -1;
    }

    /**
     * Places not in any list, from the preposition before them: "in Kent", "à Lyon", "we
     * Wrocławiu", "les maires de Lyon et de Marseille". German capitalises every noun ("in Kraft",
     * "aus Sicht"), so there the word must also end like a German place name (-burg, -werder, ...).
     * Once a word is a place, its other capitalised occurrences are mentions of it.
     */
    void cuedPlaces() {
      Set<String> prepositions = PLACE_PREPOSITIONS.getOrDefault(language == null ? "" : language, Set.of());
      Set<String> places = new HashSet<>();
      for (int i = 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (used[i] || !t.isWord() || !t.isCapitalised() || t.isAllCaps() || t.text().length() < 3
            || !adjacentWords(i - 1, i) || CALENDAR.contains(t.text()) || cues.isRole(t.text()) || cues.isGivenName(t.text())) {
          continue;
        }
        String before = lower.get(i - 1);
        boolean cued = prepositions.contains(before) && !tokens.get(i - 1).isCapitalised()
            || before.equals("de") && "fr".equals(language) && i >= 2 && (FRENCH_PLACE_HEADS.contains(lower.get(i - 2))
                || lower.get(i - 2).equals("et") && i >= 3 && places.contains(tokens.get(i - 3).text()));
        if (!cued || i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalised()) {
          continue;
        }
        if ("de".equals(language) && !looksLikeGermanPlaceName(lower.get(i))) {
          continue;
        }
        places.add(t.text());
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (!used[i] && places.contains(tokens.get(i).text())) {
          String name = tokens.get(i).text();
          add("place:" + name, EntityType.PLACE, null, name, i, i + 1);
        }
      }
    }

    /** "Hamburger Hafen und Logistik AG (HHLA)": the acronym names the same organisation. */
    void acronyms() {
      Map<String, String> defined = new HashMap<>();
      for (int i = 2; i + 1 < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.isAllCaps() && t.text().length() <= 6 && tokens.get(i - 1).text().equals("(") && tokens.get(i + 1).text().equals(")")
            && !agencies.contains(lower.get(i))) {
          String before = owner(i - 2);
          if (before != null) {
            defined.put(t.text(), before);
          }
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        String id = defined.get(tokens.get(i).text());
        if (id != null && !used[i]) {
          add(id, found.get(id).type, null, null, i, i + 1);
        }
      }
    }

    String owner(int tokenIndex) {
      int offset = tokens.get(tokenIndex).start();
      for (Found f : found.values()) {
        for (Mention m : f.mentions) {
          if (m.start() <= offset && offset < m.end()) {
            return f.id;
          }
        }
      }
      return null;
    }

    boolean looksLikeGermanPlaceName(String word) {
      for (String ending : GERMAN_PLACE_ENDINGS) {
        if (word.length() >= ending.length() + 3 && word.endsWith(ending)) {
          return true;
        }
      }
      return false;
    }

    boolean adjacentWords(int a, int b) {
      String between = text.substring(tokens.get(a).end(), tokens.get(b).start());
      return between.equals(" ") || between.isEmpty() && tokens.get(a).isWord() != tokens.get(b).isWord();
    }

    String span(int from, int to) {
      return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    void add(String id, EntityType type, Gazetteer.Entry entry, String name, int from, int to) {
      Found f = found.computeIfAbsent(id, k -> new Found(id, type, entry, name));
      int start = tokens.get(from).start();
      int end = tokens.get(to - 1).end();
      f.mentions.add(new Mention(text.substring(start, end), start, end));
      for (int k = from; k < to; k++) {
        used[k] = true;
      }
    }
  }

  /** Mentions collected for one entity. */
  private static final class Found {
    final String id;
    final EntityType type;
    final Gazetteer.Entry entry;
    final String name;
    final List<Mention> mentions = new ArrayList<>();

    Found(String id, EntityType type, Gazetteer.Entry entry, String name) {
      this.id = id;
      this.type = type;
      this.entry = entry;
      this.name = name;
    }

    Entity toEntity(String language) {
      List<Mention> ordered = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
      return new Entity(type, canonical(language), ordered);
    }

    String canonical(String language) {
      if (type == EntityType.PERSON) {
        // The fullest form the article itself prints is the name its readers know.
        String longest = null;
        for (Mention m : mentions) {
          if (m.text().contains(" ") && (longest == null || m.text().length() > longest.length())) {
            longest = m.text();
          }
        }
        if (longest != null) {
          return longest;
        }
      }
      if (entry != null) {
        return entry.canonical(language);
      }
      return name != null ? name : mentions.get(0).text();
    }
  }
}
