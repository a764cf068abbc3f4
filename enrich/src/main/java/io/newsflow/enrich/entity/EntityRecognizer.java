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
  /**
   * Cues that let a listed name which is also a common word count as a place ("in Essen", "nach
   * Halle", "from Reading"); a place before ", <known region>" needs none ("San Jose, California").
   */
  private static final Map<String, Set<String>> GAZETTEER_PLACE_CUES = Map.of(
      "de", Set.of("in", "nach", "aus", "bei"),
      "en", Set.of("in", "near", "from", "at"),
      "fr", Set.of("à"),
      "pl", Set.of("w", "we", "z", "ze", "do", "pod", "koło"));
  /** Words that put a noun, not a place name, after them ("das Essen", "beim Essen", "the Reading"). */
  private static final Set<String> DETERMINERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "zum", "zur", "beim", "vom",
      "the", "a", "an", "le", "la", "les", "l", "un", "une", "du");
  /** Endings of Polish adjectives (Miejska, Wrocławskiej, Okręgowy, Najwyższego), not of genitive nouns. */
  private static final List<String> POLISH_ADJECTIVE_ENDINGS = List.of(
      "ski", "ska", "skie", "skiej", "skiego", "skim", "cki", "cka", "ckie", "ckiej", "ckiego", "ny", "na", "nej", "nego", "nym",
      "wy", "wa", "wej", "wego", "wym", "szy", "sza", "szej", "szego", "ły", "ła", "łej", "łego");
  /** Coordination that carries a place cue over a list ("in Essen, Köln und Münster"). */
  private static final Set<String> COORDINATORS = Set.of(",", "und", "oder", "and", "or", "i", "oraz", "et");
  /** Articles that make a head noun generic ("ein Zentrum für ...", "a university of ..."). */
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "eine", "einem", "einen", "einer", "eines", "a", "an", "un", "une");
  /** French nouns whose "de X" names a town: "le maire de Lyon", "le centre de Marseille". */
  private static final Set<String> FRENCH_PLACE_HEADS = Set.of("maire", "maires", "mairie", "ville", "centre", "habitants", "préfet", "banlieue", "région", "port");
  /** Endings of German place names (Duden, "Ortsnamen"): a capitalised noun after "in" ending so is a town. */
  private static final List<String> GERMAN_PLACE_ENDINGS = List.of(
      "burg", "berg", "dorf", "stadt", "hausen", "heim", "ingen", "feld", "furt", "hagen", "stedt", "werder",
      "rode", "brück", "bach", "ach", "kirchen", "leben", "haven", "büttel", "walde", "hude", "büll", "lar");
  /** Months, weekdays and languages, capitalised after "in" but never places. */
  private static final Set<String> CALENDAR = Set.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Parliament", "Congress", "Court",
      "English", "French", "German", "Spanish", "Polish", "Italian", "Russian", "Chinese", "Arabic", "Ukrainian",
      "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember");

  private final Gazetteer gazetteer = new Gazetteer();
  private final PersonCues cues = new PersonCues();
  private final OrganisationCues organisationCues = new OrganisationCues();
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
    /** The entity each used token belongs to. */
    final Found[] ownerOf;
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
      this.ownerOf = new Found[tokens.size()];
    }

    List<Entity> run() {
      acronymDefinitions();
      companyNames();
      new InstitutionNames().find();
      gazetteerNames();
      cityLandmarks();
      describedOrganisations();
      people();
      clubsNamedAfterPlaces();
      cuedPlaces();
      placesBeforeRegion();
      acronyms();
      List<Entity> out = new ArrayList<>();
      found.values().stream()
          .sorted(Comparator.comparingInt(f -> f.mentions.get(0).start()))
          .forEach(f -> out.add(f.toEntity(language)));
      return out;
    }

    void gazetteerNames() {
      // A name that is also a common word counts once the article uses it with a cue ("in Essen");
      // its bare occurrences then follow.
      Set<String> cued = new HashSet<>();
      List<Gazetteer.Match> uncued = new ArrayList<>();
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
        if (gazetteer.needsCue(m, lower, language)) {
          if (!hasCue(m)) {
            uncued.add(m);
            i = m.to() - 1;
            continue;
          }
          cued.add(m.entry().id());
        }
        add(m.entry().id(), m.entry().type(), m.entry(), null, m.from(), m.to());
        i = m.to() - 1;
      }
      for (Gazetteer.Match m : uncued) {
        if (cued.contains(m.entry().id()) && !anyUsed(m.from(), m.to()) && (m.from() == 0 || !DETERMINERS.contains(lower.get(m.from() - 1)))) {
          add(m.entry().id(), m.entry().type(), m.entry(), null, m.from(), m.to());
        }
      }
    }

    boolean hasCue(Gazetteer.Match m) {
      int i = m.from();
      if (m.entry().type() == EntityType.ORGANISATION) {
        return i > 0 && adjacentWords(i - 1, i) && organisationCues.isDescriptor(language, lower.get(i - 1))
            || m.to() < tokens.size() && COMPANY_SUFFIXES.contains(tokens.get(m.to()).text());
      }
      return i > 0 && adjacentWords(i - 1, i) && GAZETTEER_PLACE_CUES.getOrDefault(language, Set.of()).contains(lower.get(i - 1))
          || i > 1 && COORDINATORS.contains(lower.get(i - 1)) && ownerOf[i - 2] != null && ownerOf[i - 2].type == EntityType.PLACE
          || knownRegionAfter(m.to());
    }

    /** ", California", ", Russland": a comma and a known place that needs no cue itself. */
    boolean knownRegionAfter(int k) {
      if (k + 1 >= tokens.size() || !tokens.get(k).text().equals(",")) {
        return false;
      }
      Gazetteer.Match region = gazetteer.longestAt(tokens, lower, k + 1);
      return region != null && region.entry().type() == EntityType.PLACE && !gazetteer.needsCue(region, lower, language);
    }

    boolean anyUsed(int from, int to) {
      for (int k = from; k < to; k++) {
        if (used[k]) {
          return true;
        }
      }
      return false;
    }

    /**
     * "die Gewerkschaft Verdi", "der Chipkonzern Intel", "chipmaker Arm", "spółka Orlen", "le
     * syndicat CGT": a name right after a descriptor noun is an organisation; its other
     * capitalised occurrences follow. German capitalises every noun, so there the name is one
     * word that does not read as a common noun ("dass der Konzern Stellen streicht").
     */
    void describedOrganisations() {
      boolean german = "de".equals(language);
      Set<String> names = new HashSet<>();
      for (int i = 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (used[i] || !t.isWord() || !t.isCapitalised() || !adjacentWords(i - 1, i) || !tokens.get(i - 1).isWord()
            || !german && tokens.get(i - 1).isCapitalised() || !organisationCues.isDescriptor(language, lower.get(i - 1))
            || CALENDAR.contains(t.text()) || cues.isRole(t.text()) || cues.isGivenName(t.text()) || t.text().length() < 2) {
          continue;
        }
        int to = i + 1;
        int max = german ? 1 : 3;
        while (to < tokens.size() && to - i < max && !used[to] && tokens.get(to).isWord() && tokens.get(to).isCapitalised()
            && adjacentWords(to - 1, to) && !cues.isRole(tokens.get(to).text())) {
          to++;
        }
        if (german && (to < tokens.size() && tokens.get(to).isWord() && tokens.get(to).isCapitalised() && adjacentWords(to - 1, to)
            || !t.isAllCaps() && (organisationCues.looksLikeGermanCommonNoun(lower.get(i)) || inGermanSubordinateClause(i - 1)))) {
          continue;
        }
        names.add(span(i, to));
        i = to - 1;
      }
      addEveryOccurrence(names, EntityType.ORGANISATION, "org:");
    }

    /**
     * "FC Bayern München", "Bayer 04 Leverkusen": once a club named after its town is in the
     * article, the town's bare name is the club ("die Bayern", "Leverkusen lauert",
     * "Bayern-Trainer"); after a place preposition it stays the place ("Topspiel in Dortmund").
     */
    void clubsNamedAfterPlaces() {
      Set<String> prepositions = new HashSet<>(GAZETTEER_PLACE_CUES.getOrDefault(language == null ? "" : language, Set.of()));
      prepositions.addAll(PLACE_PREPOSITIONS.getOrDefault(language == null ? "" : language, Set.of()));
      for (Found club : List.copyOf(found.values())) {
        Set<String> townWords = club.entry == null ? null : gazetteer.placeWordsOf(club.entry);
        if (townWords == null) {
          continue;
        }
        for (Found place : List.copyOf(found.values())) {
          if (place.type != EntityType.PLACE || place.entry == null) {
            continue;
          }
          List<Mention> moved = new ArrayList<>();
          for (Mention m : place.mentions) {
            int i = tokenAt(m.start());
            if (townWords.contains(m.text()) && i >= 0 && (i == 0 || !prepositions.contains(lower.get(i - 1)))) {
              moved.add(m);
            }
          }
          if (!moved.isEmpty()) {
            place.mentions.removeAll(moved);
            club.mentions.addAll(moved);
            if (place.mentions.isEmpty()) {
              found.remove(place.id);
            }
          }
        }
      }
    }

    int tokenAt(int start) {
      int lo = 0;
      int hi = tokens.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int s = tokens.get(mid).start();
        if (s == start) {
          return mid;
        } else if (s < start) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }

    /** "weil die Partei ...", ", die der Konzern ...": a subordinator or relative pronoun opens the clause. */
    boolean inGermanSubordinateClause(int descriptor) {
      for (int k = descriptor - 1; k >= Math.max(0, descriptor - 4); k--) {
        String w = lower.get(k);
        if (organisationCues.isGermanSubordinator(w) || k > 0 && lower.get(k - 1).equals(",") && DETERMINERS.contains(w) && k < descriptor - 1) {
          return true;
        }
        if (w.equals(".") || w.equals(":")) {
          return false;
        }
      }
      return false;
    }

    /** Adds each name wherever it stands in the text on unused tokens. */
    void addEveryOccurrence(Set<String> names, EntityType type, String idPrefix) {
      if (names.isEmpty()) {
        return;
      }
      for (String name : names) {
        List<Token> parts = Token.split(name);
        for (int i = 0; i + parts.size() <= tokens.size(); i++) {
          boolean same = true;
          for (int k = 0; k < parts.size() && same; k++) {
            same = !used[i + k] && tokens.get(i + k).text().equals(parts.get(k).text())
                && (k == 0 || tokens.get(i + k).start() - tokens.get(i + k - 1).end() == parts.get(k).start() - parts.get(k - 1).end());
          }
          if (same) {
            add(idPrefix + name, type, null, name, i, i + parts.size());
          }
        }
      }
    }

    /**
     * "San Jose, California", "Kasan, Russland": capitalised words not otherwise known before a
     * comma and a known place, after a place preposition or at the start of a line (dateline).
     */
    void placesBeforeRegion() {
      Set<String> prepositions = GAZETTEER_PLACE_CUES.getOrDefault(language == null ? "" : language, Set.of());
      Set<String> names = new HashSet<>();
      for (int k = 2; k + 1 < tokens.size(); k++) {
        if (!tokens.get(k).text().equals(",") || ownerOf[k + 1] == null || ownerOf[k + 1].type != EntityType.PLACE
            || tokens.get(k + 1).start() != tokens.get(k).end() + 1) {
          continue;
        }
        int from = k;
        while (from > 0 && k - from < 3 && !used[from - 1] && tokens.get(from - 1).isWord() && tokens.get(from - 1).isCapitalised()
            && (from == k || adjacentWords(from - 1, from))) {
          from--;
        }
        if (from == k || tokens.get(k - 1).end() != tokens.get(k).start()) {
          continue;
        }
        boolean cued = from > 0 && prepositions.contains(lower.get(from - 1)) && adjacentWords(from - 1, from)
            || from == 0 || text.lastIndexOf('\n', tokens.get(from).start()) == tokens.get(from).start() - 1;
        String first = tokens.get(from).text();
        if (!cued || CALENDAR.contains(first) || cues.isRole(first) || cues.isGivenName(first)) {
          continue;
        }
        names.add(span(from, k));
      }
      addEveryOccurrence(names, EntityType.PLACE, "place:");
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
      int end = tokens.get(a).end();
      int start = tokens.get(b).start();
      return start == end + 1 && text.charAt(end) == ' ' || start == end && tokens.get(a).isWord() != tokens.get(b).isWord();
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
        ownerOf[k] = f;
      }
    }

    /**
     * Institutions named by a head noun and a name: "Universität Hamburg", "Institut für
     * Weltwirtschaft", "University of Oxford", "ministère de l'Intérieur", "Ministerstwa Finansów",
     * "Stanford University", "Ifo-Instituts". Runs before the gazetteer so that the place inside
     * ("Hamburg", "Oxford") stays part of the name; full names the gazetteer knows keep their entry.
     */
    final class InstitutionNames {
      void find() {
        // Every pattern starts with a capitalised word, except French heads ("ministère de ...").
        boolean french = "fr".equals(language);
        for (int i = 0; i < tokens.size(); i++) {
          if (used[i] || !tokens.get(i).isWord() || !french && !tokens.get(i).isCapitalised()) {
            continue;
          }
          int end = compoundTail(i);
          if (end < 0) {
            end = headBeforePlace(i);
          }
          if (end < 0) {
            end = tail(i);
          }
          if (end < 0) {
            end = headBeforeConnector(i);
          }
          if (end < 0) {
            end = polishHead(i);
          }
          if (end > 0) {
            i = end - 1;
          }
        }
      }

      /** "Ifo-Institut(s)", "Friedrich-Alexander-Universität": the compound's first part starts at {@code from}. */
      int compoundTail(int from) {
        if (!tokens.get(from).isCapitalised() || from > 0 && tokens.get(from - 1).text().equals("-")) {
          return -1;
        }
        int k = from;
        while (k + 2 < tokens.size() && tokens.get(k + 1).text().equals("-") && tokens.get(k + 1).start() == tokens.get(k).end()
            && tokens.get(k + 2).start() == tokens.get(k + 1).end() && tokens.get(k + 2).isWord() && tokens.get(k + 2).isCapitalised()) {
          k += 2;
          String tail = organisationCues.compoundTail(lower.get(k));
          if (tail != null && (k + 1 >= tokens.size() || !tokens.get(k + 1).text().equals("-"))) {
            String name = text.substring(tokens.get(from).start(), tokens.get(k).start()) + tail;
            return addInstitution(name, from, k + 1);
          }
        }
        return -1;
      }

      int headBeforePlace(int i) {
        if (!tokens.get(i).isCapitalised() || !organisationCues.isHeadBeforePlace(language, lower.get(i)) || i + 1 >= tokens.size()
            || !adjacentWords(i, i + 1) || isAfterIndefiniteArticle(i)) {
          return -1;
        }
        Gazetteer.Match place = gazetteer.longestAt(tokens, lower, i + 1);
        if (place == null || place.entry().type() != EntityType.PLACE) {
          return -1;
        }
        // "Technische Universität Dresden", "Freie Universität Berlin": the adjective is part of the name.
        int from = i > 0 && !used[i - 1] && tokens.get(i - 1).isCapitalised() && adjacentWords(i - 1, i)
            && lower.get(i - 1).endsWith("e") && !DETERMINERS.contains(lower.get(i - 1)) ? i - 1 : i;
        return addInstitution(span(from, place.to()), from, place.to());
      }

      /** "Stanford University", "Max Planck Institute (of Technology)". */
      int tail(int i) {
        int t = i;
        while (t < tokens.size() && t - i < 4 && !used[t] && tokens.get(t).isWord() && tokens.get(t).isCapitalised()
            && (t == i || adjacentWords(t - 1, t)) && !organisationCues.isTail(language, lower.get(t))) {
          t++;
        }
        if (t == i || t >= tokens.size() || !organisationCues.isTail(language, lower.get(t)) || !adjacentWords(t - 1, t)
            || lower.get(i).equals("the") || used[t]) {
          return -1;
        }
        int end = connectedWords(t + 1);
        return addInstitution(span(i, Math.max(end, t + 1)), i, Math.max(end, t + 1));
      }

      /** "Institut für Weltwirtschaft", "University of Oxford", "ministère de l'Intérieur". */
      int headBeforeConnector(int i) {
        boolean french = "fr".equals(language);
        if (!organisationCues.isHeadBeforeConnector(language, lower.get(i)) || !french && !tokens.get(i).isCapitalised()
            || isAfterIndefiniteArticle(i)) {
          return -1;
        }
        int end = connectedWords(i + 1);
        return end < 0 ? -1 : addInstitution(span(i, end), i, end);
      }

      /**
       * The end of "connector Capitalised (connector Capitalised)*" starting at connector k, or -1.
       * German capitalises every noun, so there a second capitalised word needs a connector before it.
       */
      int connectedWords(int k) {
        if (k >= tokens.size() || !organisationCues.isConnector(language, lower.get(k))) {
          return -1;
        }
        boolean german = "de".equals(language);
        int end = -1;
        boolean afterConnector = true;
        for (int j = k; j < tokens.size() && j - k < 10 && !used[j]; j++) {
          if (j > k && !adjacentWords(j - 1, j)) {
            break;
          }
          Token t = tokens.get(j);
          String w = lower.get(j);
          if (t.isWord() && t.isCapitalised() && (afterConnector || !german)) {
            end = j + 1;
            afterConnector = false;
          } else if (!t.isCapitalised() && (organisationCues.isConnector(language, w) || NAME_CONNECTORS.contains(w) || w.equals("the")
              || w.equals("'") || w.equals("’") || w.equals("-"))) {
            afterConnector = true;
          } else {
            break;
          }
        }
        return end;
      }

      /** "Uniwersytet Warszawski", "Ministerstwa Finansów", "Sąd Okręgowy w Krakowie". */
      int polishHead(int i) {
        String nominative = organisationCues.headBeforeName(language, lower.get(i));
        if (nominative == null || !tokens.get(i).isCapitalised()) {
          return -1;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 6 && !used[end] && adjacentWords(end - 1, end)) {
          Token t = tokens.get(end);
          if (t.isWord() && t.isCapitalised()) {
            end++;
          } else if ((lower.get(end).equals("i") || lower.get(end).equals("w") || lower.get(end).equals("we")) && end + 1 < tokens.size()
              && tokens.get(end + 1).isCapitalised() && end > i + 1) {
            end += 2;
          } else {
            break;
          }
        }
        if (end == i + 1) {
          return -1;
        }
        Gazetteer.Entry known = gazetteer.byName(nominative + text.substring(tokens.get(i).end(), tokens.get(end - 1).end()));
        if (known != null) {
          add(known.id(), known.type(), known, null, i, end);
          return end;
        }
        // "Ministerstwa Infrastruktury" is "Ministerstwo Infrastruktury"; an adjective after the
        // head ("Politechniki Wrocławskiej") is inflected too and stays as printed (no lemmatiser).
        String rest = text.substring(tokens.get(i).end(), tokens.get(end - 1).end());
        String next = lower.get(i + 1);
        boolean adjectival = POLISH_ADJECTIVE_ENDINGS.stream().anyMatch(next::endsWith);
        String name = adjectival ? span(i, end) : nominative + rest;
        return addInstitution(name, i, end);
      }

      boolean isAfterIndefiniteArticle(int i) {
        return i > 0 && INDEFINITE_ARTICLES.contains(lower.get(i - 1));
      }

      int addInstitution(String name, int from, int to) {
        if (anyUsed(from, to)) {
          return -1;
        }
        Gazetteer.Match known = gazetteer.longestAt(tokens, lower, from);
        if (known != null && known.entry().type() == EntityType.ORGANISATION && known.to() >= to) {
          add(known.entry().id(), EntityType.ORGANISATION, known.entry(), null, from, known.to());
          return known.to();
        }
        Gazetteer.Entry byName = gazetteer.byName(name);
        if (byName != null) {
          add(byName.id(), byName.type(), byName, null, from, to);
        } else {
          add("org:" + name, EntityType.ORGANISATION, null, name, from, to);
        }
        return to;
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
