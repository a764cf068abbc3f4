package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.CommonWords.CALENDAR;
import static io.newsflow.enrich.entity.CommonWords.DETERMINERS;

import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Organisations named by their form rather than a list: an acronym defined in brackets, a company
 * suffix ("... AG", "Inc"), a descriptor noun before the name ("die Gewerkschaft Verdi").
 */
final class OrganisationNames {
  static final Set<String> COMPANY_SUFFIXES = Set.of("AG", "GmbH", "SE", "Inc", "Ltd", "plc", "Corp", "KGaA", "LLC", "SA", "NV", "Holding");
  static final Set<String> NAME_CONNECTORS = Set.of("und", "and", "&", "of", "für", "i", "et");

  private final Gazetteer gazetteer;
  private final PersonCues cues;
  private final OrganisationCues organisationCues;
  private final Set<String> agencies;

  OrganisationNames(Gazetteer gazetteer, PersonCues cues, OrganisationCues organisationCues, Set<String> agencies) {
    this.gazetteer = gazetteer;
    this.cues = cues;
    this.organisationCues = organisationCues;
    this.agencies = agencies;
  }

  /**
   * "Taiwan Semiconductor Manufacturing Company (TSMC)", "Bundesagentur für Arbeit (BA)": a
   * capitalised phrase whose initials spell the acronym in brackets after it is an organisation,
   * even when a shorter known name (Taiwan) starts it. Known full names stay with the gazetteer.
   */
  void acronymDefinitions(Recognition r) {
    for (int i = 2; i + 1 < r.tokens.size(); i++) {
      Token t = r.tokens.get(i);
      if (!t.isAllCaps() || t.text().length() > 6 || !r.tokens.get(i - 1).text().equals("(")
          || !r.tokens.get(i + 1).text().equals(")") || agencies.contains(r.lower.get(i))) {
        continue;
      }
      int from = initialsStart(r, i - 1, t.text());
      if (from < 0) {
        continue;
      }
      Gazetteer.Match known = gazetteer.longestAt(r.tokens, r.lower, from);
      if (known != null && known.to() >= i - 1) {
        continue;
      }
      String name = r.span(from, i - 1);
      r.add("org:" + name, EntityType.ORGANISATION, null, name, from, i - 1);
    }
  }

  /** The first token of the phrase ending before {@code end} whose initials spell {@code acronym}. */
  private int initialsStart(Recognition r, int end, String acronym) {
    int letter = acronym.length() - 1;
    int k = end - 1;
    while (k >= 0 && letter >= 0 && end - k <= 10) {
      Token w = r.tokens.get(k);
      if (w.isWord() && w.isCapitalised()) {
        if (Character.toUpperCase(w.text().charAt(0)) != acronym.charAt(letter)) {
          return -1;
        }
        letter--;
        if (letter < 0) {
          return k;
        }
      } else if (!(w.isWord() && NAME_CONNECTORS.contains(r.lower.get(k)))) {
        return -1;
      }
      k--;
    }
    return -1;
  }

  void companyNames(Recognition r) {
    for (int i = 1; i < r.tokens.size(); i++) {
      if (r.used[i] || !COMPANY_SUFFIXES.contains(r.tokens.get(i).text())) {
        continue;
      }
      int from = i;
      while (from > 0 && !r.used[from - 1] && from > i - 7 && r.adjacentWords(from - 1, from)
          && (r.tokens.get(from - 1).isCapitalised() || NAME_CONNECTORS.contains(r.lower.get(from - 1)))) {
        from--;
      }
      // "Der Chemiekonzern Hoechst AG" at a sentence start: the article and the descriptor are not the name.
      while (from < i && (!r.tokens.get(from).isCapitalised() || CommonWords.DETERMINERS.contains(r.lower.get(from))
          || r.language != null && organisationCues.isDescriptor(r.language, r.lower.get(from)))) {
        from++;
      }
      if (from < i) {
        // "Siemens AG" is the Siemens the gazetteer knows, not a second organisation.
        Gazetteer.Match known = gazetteer.longestAt(r.tokens, r.lower, from);
        if (known != null && known.entry().type() == EntityType.ORGANISATION && known.to() >= i) {
          r.add(known.entry().id(), EntityType.ORGANISATION, known.entry(), null, from, i + 1);
        } else {
          String name = r.span(from, i + 1);
          r.add("org:" + name, EntityType.ORGANISATION, null, name, from, i + 1);
        }
      }
    }
  }

  /**
   * "die Gewerkschaft Verdi", "der Chipkonzern Intel", "chipmaker Arm", "spółka Orlen", "le
   * syndicat CGT": a name right after a descriptor noun is an organisation; its other
   * capitalised occurrences follow. German capitalises every noun, so there the name is one
   * word that does not read as a common noun ("dass der Konzern Stellen streicht").
   */
  void describedOrganisations(Recognition r) {
    boolean german = "de".equals(r.language);
    Set<String> names = new HashSet<>();
    for (int i = 1; i < r.tokens.size(); i++) {
      Token t = r.tokens.get(i);
      if (r.used[i] || !t.isWord() || !t.isCapitalised() || !r.adjacentWords(i - 1, i) || !r.tokens.get(i - 1).isWord()
          || !german && r.tokens.get(i - 1).isCapitalised() || !organisationCues.isDescriptor(r.language, r.lower.get(i - 1))
          || CALENDAR.contains(t.text()) || cues.isRole(t.text()) || cues.isGivenName(t.text()) || t.text().length() < 2) {
        continue;
      }
      int to = i + 1;
      int max = german ? 1 : 3;
      while (to < r.tokens.size() && to - i < max && !r.used[to] && r.tokens.get(to).isWord() && r.tokens.get(to).isCapitalised()
          && r.adjacentWords(to - 1, to) && !cues.isRole(r.tokens.get(to).text())) {
        to++;
      }
      if (german && (to < r.tokens.size() && r.tokens.get(to).isWord() && r.tokens.get(to).isCapitalised() && r.adjacentWords(to - 1, to)
          || !t.isAllCaps() && (organisationCues.looksLikeGermanCommonNoun(r.lower.get(i)) || inGermanSubordinateClause(r, i - 1)))) {
        continue;
      }
      names.add(r.span(i, to));
      i = to - 1;
    }
    names.addAll(quotedAfterDescriptor(r));
    r.addEveryOccurrence(names, EntityType.ORGANISATION, "org:");
  }

  /** Quotation marks that open or close a name: „…“, "…", “…”, «…», »…«. */
  private static final String OPENING_QUOTES = "„\"“«»";
  private static final String CLOSING_QUOTES = "“\"”»«";
  /** The most words between the quotation marks of a quoted name. */
  private static final int QUOTED_WORDS = 5;

  /**
   * "die Hilfsorganisation „medico international“", "der Carneval-Club "Blau-Rot"", "the charity "Save the
   * Children"": a quoted name right after a descriptor noun is the organisation's, whatever its case; the
   * quotation marks, not the capitals, delimit it.
   */
  private List<String> quotedAfterDescriptor(Recognition r) {
    List<String> found = new ArrayList<>();
    for (int q = 1; q + 2 < r.tokens.size(); q++) {
      if (OPENING_QUOTES.indexOf(r.tokens.get(q).text().charAt(0)) < 0 || r.tokens.get(q).text().length() != 1
          || !r.tokens.get(q - 1).isWord() || !organisationCues.isDescriptor(r.language, descriptorWord(r, q - 1))) {
        continue;
      }
      int close = q + 1;
      int words = 0;
      while (close < r.tokens.size() && words <= QUOTED_WORDS && r.sameLine(q, close)
          && CLOSING_QUOTES.indexOf(r.tokens.get(close).text().charAt(0)) < 0) {
        words += r.tokens.get(close).isWord() ? 1 : 0;
        close++;
      }
      if (close >= r.tokens.size() || close == q + 1 || words == 0 || words > QUOTED_WORDS
          || CLOSING_QUOTES.indexOf(r.tokens.get(close).text().charAt(0)) < 0 || r.anyUsed(q + 1, close)
          || !r.tokens.get(q + 1).isWord() || !r.tokens.get(close - 1).isWord()) {
        continue;
      }
      found.add(r.span(q + 1, close));
      q = close;
    }
    return found;
  }

  /** "Carneval-Club": the descriptor is the last part of a hyphen compound. */
  private static String descriptorWord(Recognition r, int k) {
    String lower = r.lower.get(k);
    int hyphen = lower.lastIndexOf('-');
    return hyphen > 0 && hyphen < lower.length() - 1 ? lower.substring(hyphen + 1) : lower;
  }

  /** "weil die Partei ...", ", die der Konzern ...": a subordinator or relative pronoun opens the clause. */
  private boolean inGermanSubordinateClause(Recognition r, int descriptor) {
    for (int k = descriptor - 1; k >= Math.max(0, descriptor - 4); k--) {
      String w = r.lower.get(k);
      if (organisationCues.isGermanSubordinator(w) || k > 0 && r.lower.get(k - 1).equals(",") && DETERMINERS.contains(w) && k < descriptor - 1) {
        return true;
      }
      if (w.equals(".") || w.equals(":")) {
        return false;
      }
    }
    return false;
  }
}
