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

  /** One real-world entity and its canonical name per language. */
  record Entry(String id, EntityType type, Map<String, String> names) {
    String canonical(String language) {
      return names.getOrDefault(language == null ? "en" : language, names.get("en"));
    }
  }

  /** One surface form (as lower-case tokens) of an entry. */
  record Form(List<String> tokens, Entry entry, boolean inflected, boolean acronym) {}

  /** A form found at tokens [from, to). */
  record Match(Entry entry, int from, int to, boolean inflected) {}

  private final Map<String, List<Form>> byFirstToken = new HashMap<>();
  private final Map<String, Entry> places = new HashMap<>();

  Gazetteer() {
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
      Entry entry = new Entry("country:" + code, EntityType.PLACE, names);
      addNames(entry, names.values(), countryAliases.getOrDefault(code, ""));
    }
    loadTable("entity/places.txt", "place:");
    loadTable("entity/organisations.txt", "org:");
    for (String line : DataFile.lines("entity/people.txt")) {
      String[] cols = line.split("\t", -1);
      Map<String, String> names = languageNames(cols[0]);
      Entry entry = new Entry("person:" + names.get("en"), EntityType.PERSON, names);
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
      Entry entry = new Entry(idPrefix + names.get("en"), EntityType.valueOf(cols[0]), names);
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
    for (String name : all) {
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
      if (existing.tokens().equals(tokens) && (!existing.inflected() || inflected)) {
        return;
      }
    }
    forms.add(new Form(List.copyOf(tokens), entry, inflected, acronym));
  }

  /** The longest known name starting at token {@code i}; exact forms win over inflected ones. */
  Match longestAt(List<Token> tokens, List<String> lower, int i) {
    List<Form> forms = byFirstToken.get(lower.get(i));
    if (forms == null) {
      return null;
    }
    Form best = null;
    for (Form form : forms) {
      int n = form.tokens().size();
      if (i + n > tokens.size() || !caseFits(tokens.get(i), form)) {
        continue;
      }
      boolean same = true;
      for (int k = 1; k < n && same; k++) {
        same = lower.get(i + k).equals(form.tokens().get(k));
      }
      if (same && (best == null || n > best.tokens().size()
          || n == best.tokens().size() && best.inflected() && !form.inflected())) {
        best = form;
      }
    }
    return best == null ? null : new Match(best.entry(), i, i + best.tokens().size(), best.inflected());
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
