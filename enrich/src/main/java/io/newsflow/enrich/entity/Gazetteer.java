package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.DataFile;
import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Known people, places and organisations with every form they take in the text. Countries come
 * from CLDR (via java.util.Locale) in each newsroom language; cities, organisations and public
 * figures from curated data files. Built once; lookups are exact on lower-cased token sequences.
 */
final class Gazetteer {
  static final List<String> LANGUAGES = List.of("en", "de", "pl", "fr");

  /**
   * One real-world entity and its canonical name per language. {@code needsCue}: the name is also
   * a common word ("Essen", "Halle", "Reading", "Nice"), so a bare match counts only next to a
   * place cue (a place preposition before it, or ", <known region>" after it).
   */
  record Entry(String id, EntityType type, Map<String, String> names, boolean needsCue) {
    String canonical(String language) {
      return names.getOrDefault(language == null ? "en" : language, names.get("en"));
    }
  }

  /** One surface form (as lower-case tokens) of an entry. */
  record Form(List<String> tokens, Entry entry, boolean inflected, boolean acronym, boolean lastCapitalised) {}

  /** A form found at tokens [from, to). */
  record Match(Entry entry, int from, int to, boolean inflected) {}

  /** The curated tables, each with its source in its header. */
  private static final List<String> PLACE_TABLES = List.of(
      "entity/places.txt", "entity/places-germany.txt", "entity/places-austria-switzerland.txt", "entity/places-world.txt");
  private static final List<String> ORGANISATION_TABLES = List.of(
      "entity/organisations.txt", "entity/organisations-institutions.txt", "entity/organisations-parties.txt",
      "entity/organisations-companies.txt", "entity/organisations-media-sports.txt");
  private static final List<String> PEOPLE_TABLES = List.of("entity/people.txt", "entity/people-officeholders.txt");

  private final Map<String, List<Form>> byFirstToken = new HashMap<>();
  private final Map<String, List<Form>> singleWord = new HashMap<>();
  private final Map<String, Map<String, List<Form>>> byFirstTwo = new HashMap<>();
  /** Club entry id -> the words of its names that are place names ("FC Bayern München" -> Bayern, München). */
  private final Map<String, Set<String>> placeWordsOfOrganisation = new HashMap<>();
  private final Map<String, Entry> places = new HashMap<>();
  /** Every exact (uninflected) name and alias, lower-cased, for names assembled by rules. */
  private final Map<String, Entry> byName = new HashMap<>();
  /** "language TAB lower-case form": names that are common words in that language. */
  private final Set<String> ambiguousWords = new HashSet<>();
  /** The same words without their language: a common word in any newsroom language. */
  private final Set<String> commonSomewhere = new HashSet<>();

  Gazetteer() {
    for (String line : DataFile.lines("entity/ambiguous-words.txt")) {
      String[] cols = line.split("\t");
      ambiguousWords.add(cols[0] + "\t" + cols[1].toLowerCase(Locale.ROOT));
      commonSomewhere.add(cols[1].toLowerCase(Locale.ROOT));
    }
    Map<String, Set<String>> ambiguous = new HashMap<>();
    for (String line : DataFile.lines("entity/ambiguous-names.txt")) {
      String[] cols = line.split("\t");
      ambiguous.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
    }
    Map<String, String> countryAliases = new HashMap<>();
    for (String line : DataFile.lines("entity/country-aliases.txt")) {
      String[] cols = line.split("\t");
      countryAliases.put(cols[0], cols[1]);
    }
    for (String code : Locale.getISOCountries()) {
      Map<String, String> names = new LinkedHashMap<>();
      Locale region = new Locale("", code);
      for (String language : LANGUAGES) {
        String name = region.getDisplayCountry(Locale.forLanguageTag(language));
        if (!name.isBlank() && !name.equals(code) && !ambiguous.getOrDefault(language, Set.of()).contains(name)) {
          names.put(language, name);
        }
      }
      if (!names.containsKey("en")) {
        continue;
      }
      Entry entry = new Entry("country:" + code, EntityType.PLACE, names, false);
      addNames(entry, names.values(), countryAliases.getOrDefault(code, ""));
    }
    // Files are ordered most-specific first: the first entry to claim a form keeps it.
    for (String table : PLACE_TABLES) {
      loadTable(table, "place:");
    }
    for (String table : ORGANISATION_TABLES) {
      loadTable(table, "org:");
    }
    for (String table : PEOPLE_TABLES) {
      loadPeople(table);
    }
    buildIndex();
  }

  private void loadPeople(String resource) {
    for (String line : DataFile.lines(resource)) {
      String[] cols = line.split("\t", -1);
      Map<String, String> names = languageNames(cols[0]);
      Entry entry = new Entry("person:" + names.get("en"), EntityType.PERSON, names, false);
      addNames(entry, names.values(), cols.length > 1 ? cols[1] : "");
      if (cols.length > 2) {
        addNames(entry, List.of(), cols[2]);
      }
    }
  }

  private void loadTable(String resource, String idPrefix) {
    for (String line : DataFile.lines(resource)) {
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        throw new IllegalStateException(resource + ": expected TYPE<TAB>names, got '" + line + "'");
      }
      Map<String, String> names = languageNames(cols[1]);
      // "PLACE?" marks a name that is also a common word: it needs a place cue.
      boolean needsCue = cols[0].endsWith("?");
      String type = needsCue ? cols[0].substring(0, cols[0].length() - 1) : cols[0];
      // A sports club is an organisation whose town's bare name may stand for it ("die Bayern").
      boolean club = type.equals("CLUB");
      Entry entry = new Entry((club ? "club:" : idPrefix) + names.get("en"), club ? EntityType.ORGANISATION : EntityType.valueOf(type), names, needsCue);
      addNames(entry, names.values(), cols.length > 2 ? cols[2] : "");
    }
  }

  private static Map<String, String> languageNames(String column) {
    String[] parts = column.split("\\|", -1);
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      String name = i < parts.length && !parts[i].isBlank() ? parts[i].strip() : parts[0].strip();
      names.put(LANGUAGES.get(i), name);
    }
    return names;
  }

  private void addNames(Entry entry, Iterable<String> names, String aliases) {
    Set<String> all = new java.util.LinkedHashSet<>();
    names.forEach(all::add);
    for (String alias : aliases.split(";")) {
      if (!alias.isBlank()) {
        all.add(alias.strip());
      }
    }
    if (entry.id().startsWith("club:")) {
      // "1. FC Köln" is "der FC Köln" in running text: the ordinal is part of the name, not of every mention.
      for (String name : List.copyOf(all)) {
        if (name.startsWith("1. ")) {
          all.add(name.substring(3));
        }
      }
    }
    for (String name : all) {
      byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
      boolean first = true;
      for (String form : Inflections.forms(name)) {
        add(form, entry, !first);
        first = false;
      }
    }
    if (entry.type() == EntityType.PLACE) {
      for (String name : all) {
        places.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
      }
    }
  }

  private void add(String form, Entry entry, boolean inflected) {
    List<String> tokens = new ArrayList<>();
    List<Token> split = Token.split(form);
    boolean acronym = !split.isEmpty() && split.get(0).isAllCaps();
    for (Token t : split) {
      tokens.add(t.text().toLowerCase(Locale.ROOT));
    }
    if (tokens.isEmpty()) {
      return;
    }
    List<Form> forms = byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
    for (Form existing : forms) {
      // The first entry to claim an exact form keeps it: files are ordered most-specific first.
      // An entity may print as an acronym and as a word ("NEOS", "Neos"): both casings stay.
      boolean otherCasing = existing.entry() == entry && existing.acronym() != acronym;
      if (existing.tokens().equals(tokens) && (!existing.inflected() || inflected) && !otherCasing) {
        return;
      }
    }
    forms.add(new Form(List.copyOf(tokens), entry, inflected, acronym, split.get(split.size() - 1).isCapitalised()));
  }

  /**
   * Lookup index built once after loading: one-word forms by their word, longer forms by their
   * first two words, so that a frequent first word ("the", "die", "new") costs one hash lookup,
   * not a scan over every name that starts with it.
   */
  private void buildIndex() {
    for (List<Form> forms : byFirstToken.values()) {
      for (Form form : forms) {
        List<String> t = form.tokens();
        if (t.size() == 1) {
          singleWord.computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(form);
        } else {
          byFirstTwo.computeIfAbsent(t.get(0), k -> new HashMap<>()).computeIfAbsent(t.get(1), k -> new ArrayList<>()).add(form);
        }
        if (form.entry().id().startsWith("club:") && !form.inflected()) {
          for (String name : form.entry().names().values()) {
            for (String word : name.split(" ")) {
              Entry place = places.get(word.toLowerCase(Locale.ROOT));
              if (place != null && !place.id().startsWith("country:")) {
                placeWordsOfOrganisation.computeIfAbsent(form.entry().id(), k -> new HashSet<>()).add(word);
              }
            }
          }
        }
      }
    }
  }

  /** The place names inside a sports club's names (a club named after its town), or null. */
  Set<String> placeWordsOf(Entry organisation) {
    return placeWordsOfOrganisation.get(organisation.id());
  }

  /** The longest known name starting at token {@code i}; exact forms win over inflected ones. */
  Match longestAt(List<Token> tokens, List<String> lower, int i) {
    Form best = null;
    if (i + 1 < tokens.size()) {
      Map<String, List<Form>> second = byFirstTwo.get(lower.get(i));
      if (second != null) {
        best = longest(second.get(lower.get(i + 1)), tokens, lower, i);
      }
    }
    if (best == null) {
      best = longest(singleWord.get(lower.get(i)), tokens, lower, i);
    }
    return best == null ? null : new Match(best.entry(), i, i + best.tokens().size(), best.inflected());
  }

  private static Form longest(List<Form> forms, List<Token> tokens, List<String> lower, int i) {
    if (forms == null) {
      return null;
    }
    Form best = null;
    for (Form form : forms) {
      int n = form.tokens().size();
      if (i + n > tokens.size() || !caseFits(tokens.get(i), form)
          // "The Times", "Die Linke" are names; "the times", "die linke Hand" are not.
          || n > 1 && form.lastCapitalised() && !tokens.get(i + n - 1).isCapitalised()) {
        continue;
      }
      boolean same = true;
      for (int k = 2; k < n && same; k++) {
        same = lower.get(i + k).equals(form.tokens().get(k));
      }
      if (same && (best == null || n > best.tokens().size()
          || n == best.tokens().size() && best.inflected() && !form.inflected())) {
        best = form;
      }
    }
    return best;
  }

  /**
   * Reads words with the damaged umlaut as the listed name they were: some Latin-1 → UTF-8 conversions of German
   * text turned {@code ü} and the letter after it into U+0081 and {@code E} ({@code M\u0081Echen}), so the lost
   * letter is guessed from the names the lists hold ({@code münchen}); a word no guess makes a listed word of stays.
   */
  void repairDamagedUmlauts(List<String> lower) {
    for (int i = 0; i < lower.size(); i++) {
      String word = lower.get(i);
      int at = word.indexOf('\u0081');
      if (at < 0 || word.indexOf('\u0081', at + 1) >= 0 || at + 1 >= word.length() || word.charAt(at + 1) != 'e') {
        continue;
      }
      String before = word.substring(0, at) + 'ü';
      String after = word.substring(at + 2);
      for (char c : LOST_LETTERS) {
        String guess = before + c + after;
        if (byFirstToken.containsKey(guess)) {
          lower.set(i, guess);
          break;
        }
      }
    }
  }

  private static final char[] LOST_LETTERS = "nrbcdfghklmstzeßaiopvwx".toCharArray();

  /**
   * Whether a match must stand next to a cue: its name is also a common word in this language, or a
   * common word in another one and not how this language names the entity (German "PKW", a car, is the
   * Polish electoral commission's acronym; in an English article it is neither the English name nor its
   * initials).
   */
  boolean needsCue(Match match, List<String> lower, String language) {
    // Only a bare one-word name is ambiguous: "Arm" may be a noun, "Arm Holdings" is not.
    if (match.to() - match.from() != 1) {
      return false;
    }
    String word = lower.get(match.from());
    return match.entry().needsCue() || ambiguousWords.contains(language + "\t" + word)
        || commonSomewhere.contains(word) && !isOwnName(match.entry(), word, language);
  }

  private static boolean isOwnName(Entry entry, String word, String language) {
    String name = entry.names().get(language);
    if (name == null) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String part : name.split("[\\s-]+")) {
      if (!part.isEmpty()) {
        initials.append(Character.toLowerCase(part.charAt(0)));
      }
    }
    return name.toLowerCase(Locale.ROOT).equals(word) || initials.toString().equals(word);
  }

  /** A known entity by one of its exact names ("Ministerstwo Finansów"), or null. */
  Entry byName(String name) {
    return byName.get(name.toLowerCase(Locale.ROOT));
  }

  /** A place by its name, for "Hamburger Hafen"-style derived names. */
  Entry place(String name) {
    return places.get(name.toLowerCase(Locale.ROOT));
  }

  private static boolean caseFits(Token token, Form form) {
    // Proper names are capitalised; "us" or "who" in running text are not "US" or "WHO".
    if (form.acronym()) {
      return token.isAllCaps();
    }
    return form.tokens().get(0).equals("the") || token.isCapitalised() || Character.isDigit(token.text().charAt(0));
  }
}
