package io.newsflow.enrich.entity;

import static io.newsflow.enrich.entity.CommonWords.DETERMINERS;
import static io.newsflow.enrich.entity.OrganisationNames.NAME_CONNECTORS;

import io.newsflow.enrich.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Institutions named by a head noun and a name: "Universität Hamburg", "Institut für
 * Weltwirtschaft", "University of Oxford", "ministère de l'Intérieur", "Ministerstwa Finansów",
 * "Stanford University", "Ifo-Instituts". Runs before the gazetteer so that the place inside
 * ("Hamburg", "Oxford") stays part of the name; full names the gazetteer knows keep their entry.
 */
final class InstitutionNames {
  /** Endings of Polish adjectives (Miejska, Wrocławskiej, Okręgowy, Najwyższego), not of genitive nouns. */
  private static final List<String> POLISH_ADJECTIVE_ENDINGS = List.of(
      "ski", "ska", "skie", "skiej", "skiego", "skim", "cki", "cka", "ckie", "ckiej", "ckiego", "ny", "na", "nej", "nego", "nym",
      "wy", "wa", "wej", "wego", "wym", "szy", "sza", "szej", "szego", "ły", "ła", "łej", "łego");
  /** Articles that make a head noun generic ("ein Zentrum für ...", "a university of ..."). */
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "eine", "einem", "einen", "einer", "eines", "a", "an", "un", "une");

  private final Gazetteer gazetteer;
  private final OrganisationCues organisationCues;

  InstitutionNames(Gazetteer gazetteer, OrganisationCues organisationCues) {
    this.gazetteer = gazetteer;
    this.organisationCues = organisationCues;
  }

  void find(Recognition r) {
    // Every pattern starts with a capitalised word, except French heads ("ministère de ...").
    boolean french = "fr".equals(r.language);
    for (int i = 0; i < r.tokens.size(); i++) {
      if (r.used[i] || !r.tokens.get(i).isWord() || !french && !r.tokens.get(i).isCapitalised()) {
        continue;
      }
      int end = compoundTail(r, i);
      if (end < 0) {
        end = headBeforePlace(r, i);
      }
      if (end < 0) {
        end = tail(r, i);
      }
      if (end < 0) {
        end = headBeforeConnector(r, i);
      }
      if (end < 0) {
        end = polishHead(r, i);
      }
      if (end > 0) {
        i = end - 1;
      }
    }
  }

  /** "Ifo-Institut(s)", "Friedrich-Alexander-Universität": the compound's first part starts at {@code from}. */
  private int compoundTail(Recognition r, int from) {
    if (!r.tokens.get(from).isCapitalised() || from > 0 && r.tokens.get(from - 1).text().equals("-")) {
      return -1;
    }
    int k = from;
    while (k + 2 < r.tokens.size() && r.tokens.get(k + 1).text().equals("-") && r.tokens.get(k + 1).start() == r.tokens.get(k).end()
        && r.tokens.get(k + 2).start() == r.tokens.get(k + 1).end() && r.tokens.get(k + 2).isWord() && r.tokens.get(k + 2).isCapitalised()) {
      k += 2;
      String tail = organisationCues.compoundTail(r.lower.get(k));
      if (tail != null && (k + 1 >= r.tokens.size() || !r.tokens.get(k + 1).text().equals("-"))) {
        String name = r.text.substring(r.tokens.get(from).start(), r.tokens.get(k).start()) + tail;
        int end = r.addOrganisation(gazetteer, name, from, k + 1);
        if (end > 0) {
          // A hyphenated compound ending in an institution word is a name however the model read its parts.
          r.sureMentionStarts.add(r.tokens.get(from).start());
        }
        return end;
      }
    }
    return -1;
  }

  private int headBeforePlace(Recognition r, int i) {
    if (!r.tokens.get(i).isCapitalised() || !organisationCues.isHeadBeforePlace(r.language, r.lower.get(i)) || i + 1 >= r.tokens.size()
        || !r.adjacentWords(i, i + 1) || isAfterIndefiniteArticle(r, i)) {
      return -1;
    }
    Gazetteer.Match place = gazetteer.longestAt(r.tokens, r.lower, i + 1);
    if (place == null || place.entry().type() != EntityType.PLACE) {
      return -1;
    }
    // "Technische Universität Dresden", "Freie Universität Berlin": the adjective is part of the name.
    int from = i > 0 && !r.used[i - 1] && r.tokens.get(i - 1).isCapitalised() && r.adjacentWords(i - 1, i)
        && r.lower.get(i - 1).endsWith("e") && !DETERMINERS.contains(r.lower.get(i - 1)) ? i - 1 : i;
    return r.addOrganisation(gazetteer, r.span(from, place.to()), from, place.to());
  }

  /** "Stanford University", "Max Planck Institute (of Technology)". */
  private int tail(Recognition r, int i) {
    int t = i;
    while (t < r.tokens.size() && t - i < 4 && !r.used[t] && r.tokens.get(t).isWord() && r.tokens.get(t).isCapitalised()
        && (t == i || r.adjacentWords(t - 1, t)) && !organisationCues.isTail(r.language, r.lower.get(t))) {
      t++;
    }
    if (t == i || t >= r.tokens.size() || !organisationCues.isTail(r.language, r.lower.get(t)) || !r.adjacentWords(t - 1, t)
        || r.lower.get(i).equals("the") || r.used[t]) {
      return -1;
    }
    int end = connectedWords(r, t + 1);
    return r.addOrganisation(gazetteer, r.span(i, Math.max(end, t + 1)), i, Math.max(end, t + 1));
  }

  /** "Institut für Weltwirtschaft", "University of Oxford", "ministère de l'Intérieur". */
  private int headBeforeConnector(Recognition r, int i) {
    boolean french = "fr".equals(r.language);
    if (!organisationCues.isHeadBeforeConnector(r.language, r.lower.get(i)) || !french && !r.tokens.get(i).isCapitalised()
        || isAfterIndefiniteArticle(r, i)) {
      return -1;
    }
    int end = connectedWords(r, i + 1);
    if (end < 0) {
      return -1;
    }
    int from = "en".equals(r.language) && gazetteer.byName(r.span(i, end)) == null ? nameStartBefore(r, i) : i;
    return r.addOrganisation(gazetteer, r.span(from, end), from, end);
  }

  /**
   * "Central Bank of Kenya", "National University of Singapore": up to two capitalised words right
   * before an English head belong to the name. Not after a sentence break, where a capitalised word
   * may be an opener ("Former Bank of England governor ..."), and never a determiner or a date.
   */
  private int nameStartBefore(Recognition r, int head) {
    int from = head;
    while (from - 1 > 0 && head - from < 2) {
      int k = from - 1;
      Token t = r.tokens.get(k);
      if (r.used[k] || !t.isWord() || !t.isCapitalised() || !r.adjacentWords(k, k + 1)
          || DETERMINERS.contains(r.lower.get(k)) || CommonWords.CALENDAR.contains(t.text())
          || !r.tokens.get(k - 1).isWord() || !r.adjacentWords(k - 1, k)) {
        break;
      }
      from = k;
    }
    return from;
  }

  /**
   * The end of "connector Capitalised (connector Capitalised)*" starting at connector k, or -1.
   * German capitalises every noun, so there a second capitalised word needs a connector before it.
   */
  private int connectedWords(Recognition r, int k) {
    if (k >= r.tokens.size() || !organisationCues.isConnector(r.language, r.lower.get(k))) {
      return -1;
    }
    boolean german = "de".equals(r.language);
    int end = -1;
    boolean afterConnector = true;
    for (int j = k; j < r.tokens.size() && j - k < 10 && !r.used[j]; j++) {
      if (j > k && !r.adjacentWords(j - 1, j)) {
        break;
      }
      Token t = r.tokens.get(j);
      String w = r.lower.get(j);
      if (t.isWord() && t.isCapitalised() && (afterConnector || !german)) {
        end = j + 1;
        afterConnector = false;
      } else if (!t.isCapitalised() && (organisationCues.isConnector(r.language, w) || NAME_CONNECTORS.contains(w) || w.equals("the")
          || w.equals("'") || w.equals("’") || w.equals("-"))) {
        afterConnector = true;
      } else {
        break;
      }
    }
    return end;
  }

  /** "Uniwersytet Warszawski", "Ministerstwa Finansów", "Sąd Okręgowy w Krakowie". */
  private int polishHead(Recognition r, int i) {
    String nominative = organisationCues.headBeforeName(r.language, r.lower.get(i));
    if (nominative == null || !r.tokens.get(i).isCapitalised()) {
      return -1;
    }
    int end = i + 1;
    while (end < r.tokens.size() && end - i < 6 && !r.used[end] && r.adjacentWords(end - 1, end)) {
      Token t = r.tokens.get(end);
      if (t.isWord() && t.isCapitalised()) {
        end++;
      } else if ((r.lower.get(end).equals("i") || r.lower.get(end).equals("w") || r.lower.get(end).equals("we")) && end + 1 < r.tokens.size()
          && r.tokens.get(end + 1).isCapitalised() && end > i + 1) {
        end += 2;
      } else {
        break;
      }
    }
    if (end == i + 1) {
      return -1;
    }
    Gazetteer.Entry known = gazetteer.byName(nominative + r.text.substring(r.tokens.get(i).end(), r.tokens.get(end - 1).end()));
    if (known != null) {
      r.add(known.id(), known.type(), known, null, i, end);
      return end;
    }
    // "Ministerstwa Infrastruktury" is "Ministerstwo Infrastruktury"; an adjective after the
    // head ("Politechniki Wrocławskiej") is inflected too and stays as printed (no lemmatiser).
    String rest = r.text.substring(r.tokens.get(i).end(), r.tokens.get(end - 1).end());
    String next = r.lower.get(i + 1);
    boolean adjectival = POLISH_ADJECTIVE_ENDINGS.stream().anyMatch(next::endsWith);
    String name = adjectival ? r.span(i, end) : nominative + rest;
    return r.addOrganisation(gazetteer, name, i, end);
  }

  private boolean isAfterIndefiniteArticle(Recognition r, int i) {
    return i > 0 && INDEFINITE_ARTICLES.contains(r.lower.get(i - 1));
  }

}
