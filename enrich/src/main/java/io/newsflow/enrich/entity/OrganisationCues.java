package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Common nouns that announce or form an organisation's name ({@code entity/organisation-cues.txt}):
 * descriptors ("die Gewerkschaft Verdi", "chipmaker Intel"), institution heads ("Universität
 * Hamburg", "Institut für Weltwirtschaft", "Uniwersytet Warszawski"), tails ("Stanford University")
 * and German compound tails ("Ifo-Institut"). All lookups are hash lookups on lower-case words.
 */
final class OrganisationCues {
  /** German nouns that follow a descriptor in verb-final clauses ("dass der Konzern Stellen streicht"). */
  private static final List<String> GERMAN_COMMON_NOUN_ENDINGS = List.of(
      "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ismus",
      "stellen", "plätze", "kräfte", "streik", "streiks", "preise", "kosten", "zahlen", "werte", "gewinne",
      "mitarbeiter", "beschäftigte", "beschäftigten", "verluste", "milliarden", "millionen", "prozent", "euro", "jahr", "jahre",
      "glieder", "kunden", "wähler", "stimmen", "sitze", "aktien", "anteile", "werke", "pläne", "daten", "ergebnisse", "produkte",
      "fahrzeuge", "autos", "flüge", "angebote", "filialen", "standorte", "geräte", "prognosen", "gespräche", "chips");
  /** German subordinators: in their clause the noun after a descriptor is an object ("weil die Partei Mitglieder verliert"). */
  private static final Set<String> GERMAN_SUBORDINATORS = Set.of(
      "dass", "weil", "ob", "wenn", "als", "nachdem", "da", "obwohl", "sodass", "damit", "bevor", "während", "falls", "seit", "seitdem");

  private final Map<String, Set<String>> descriptors = new HashMap<>();
  private final Map<String, Set<String>> descriptorEndings = new HashMap<>();
  private final Map<String, Set<String>> headsBeforePlace = new HashMap<>();
  private final Map<String, Set<String>> headsBeforeConnector = new HashMap<>();
  private final Map<String, Set<String>> connectors = new HashMap<>();
  /** language -> head form -> its nominative ("ministerstwa" -> "Ministerstwo"). */
  private final Map<String, Map<String, String>> headsBeforeName = new HashMap<>();
  private final Map<String, Set<String>> tails = new HashMap<>();
  private final Map<String, Set<String>> headNouns = new HashMap<>();
  private final Map<String, List<String>> authorityEndings = new HashMap<>();
  /** German compound tail form -> its nominative ("instituts" -> "Institut"). */
  private final Map<String, String> compoundTails = new HashMap<>();

  OrganisationCues() {
    for (String line : DataFile.lines("entity/organisation-cues.txt")) {
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalStateException("entity/organisation-cues.txt: expected kind<TAB>language<TAB>words, got '" + line + "'");
      }
      List<String> words = List.of(cols[2].toLowerCase(Locale.ROOT).split(" "));
      switch (cols[0]) {
        case "descriptor" -> into(descriptors, cols[1]).addAll(words);
        case "descriptor-ending" -> into(descriptorEndings, cols[1]).addAll(words);
        case "head-place" -> into(headsBeforePlace, cols[1]).addAll(words);
        case "head-connector" -> {
          into(headsBeforeConnector, cols[1]).addAll(words);
          into(connectors, cols[1]).addAll(List.of(cols[3].split(" ")));
        }
        case "head-name" -> {
          Map<String, String> forms = headsBeforeName.computeIfAbsent(cols[1], k -> new HashMap<>());
          words.forEach(w -> forms.put(w, capitalise(words.get(0))));
        }
        case "tail" -> into(tails, cols[1]).addAll(words);
        case "head-noun" -> into(headNouns, cols[1]).addAll(words);
        case "authority-ending" -> authorityEndings.computeIfAbsent(cols[1], k -> new ArrayList<>()).addAll(words);
        case "compound-tail" -> {
          String canonical = capitalise(words.get(0));
          words.forEach(w -> compoundTails.put(w, canonical));
        }
        default -> throw new IllegalStateException("entity/organisation-cues.txt: unknown kind '" + cols[0] + "'");
      }
    }
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static Set<String> into(Map<String, Set<String>> map, String language) {
    return map.computeIfAbsent(language, k -> new HashSet<>());
  }

  private static boolean has(Map<String, Set<String>> map, String language, String lower) {
    Set<String> set = map.get(language);
    return set != null && set.contains(lower);
  }

  /** "Gewerkschaft", "Chipkonzern", "chipmaker", "spółka": the name after it is an organisation. */
  boolean isDescriptor(String language, String lower) {
    if (isDescriptorForm(language, lower)) {
      return true;
    }
    // German genitive: "des Stromanbieters Eprimo", "des Verbandes Bitkom".
    if (language.equals("de") && lower.length() > 4 && lower.endsWith("s")) {
      return isDescriptorForm(language, lower.substring(0, lower.length() - 1))
          || lower.endsWith("es") && isDescriptorForm(language, lower.substring(0, lower.length() - 2));
    }
    return false;
  }

  private boolean isDescriptorForm(String language, String lower) {
    if (has(descriptors, language, lower)) {
      return true;
    }
    Set<String> endings = descriptorEndings.get(language);
    if (endings == null) {
      return false;
    }
    // A compound: at least 3 letters of its own before the ending ("Chip|konzern").
    for (String ending : endings) {
      if (lower.length() >= ending.length() + 3 && lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** A German capitalised word that reads as a common noun, not a name, after a descriptor. */
  boolean looksLikeGermanCommonNoun(String lower) {
    for (String ending : GERMAN_COMMON_NOUN_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  boolean isGermanSubordinator(String lower) {
    return GERMAN_SUBORDINATORS.contains(lower);
  }

  boolean isHeadBeforePlace(String language, String lower) {
    return has(headsBeforePlace, language, lower);
  }

  boolean isHeadBeforeConnector(String language, String lower) {
    return has(headsBeforeConnector, language, lower);
  }

  boolean isConnector(String language, String lower) {
    return has(connectors, language, lower);
  }

  /** The nominative of a Polish institution head ("Ministerstwa" -> "Ministerstwo"), or null. */
  String headBeforeName(String language, String lower) {
    Map<String, String> forms = headsBeforeName.get(language);
    return forms == null ? null : forms.get(lower);
  }

  boolean isTail(String language, String lower) {
    return has(tails, language, lower);
  }

  /** "Agency", "Court", "Board": ends a multi-word organisation name, but is a common noun alone. */
  boolean isHeadNoun(String language, String lower) {
    return has(headNouns, language, lower);
  }

  /** The authority ending a German compound ends with ("amt" in "bundeskartellamt"), or null. */
  String authorityEnding(String language, String lower) {
    for (String ending : authorityEndings.getOrDefault(language, List.of())) {
      if (lower.endsWith(ending)) {
        return ending;
      }
    }
    return null;
  }

  /** The nominative of a German compound tail ("Instituts" -> "Institut"), or null. */
  String compoundTail(String lower) {
    return compoundTails.get(lower);
  }
}
