package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People: given name + surname, role word + name, a name in apposition after a role phrase; then
 * bare surnames merged into the person first named in full.
 */
final class PersonNames {
  private static final Set<String> INVERTED_SPEECH_VERBS = Set.of("said", "says", "added", "wrote");

  private final PersonCues cues;

  PersonNames(PersonCues cues) {
    this.cues = cues;
  }

  /**
   * "Kim Woo-hyun", "Lee Jae-yong", "Lai Ching-te": family name first, then a given name whose
   * second syllable follows a hyphen in lower case. Runs before the gazetteer, so the family name
   * is not read as a known person's short form ("Kim" for Kim Jong Un).
   */
  void eastAsianNames(Recognition r) {
    for (int i = 0; i + 3 < r.tokens.size(); i++) {
      Token family = r.tokens.get(i);
      Token given = r.tokens.get(i + 1);
      Token hyphen = r.tokens.get(i + 2);
      Token syllable = r.tokens.get(i + 3);
      if (r.used[i] || r.used[i + 1] || r.used[i + 3] || !family.isWord() || !cues.isEastAsianFamilyName(family.text())
          || !given.isWord() || !given.isCapitalised() || !r.adjacentWords(i, i + 1)
          || !hyphen.text().equals("-") || hyphen.start() != given.end()
          || !syllable.isWord() || syllable.start() != hyphen.end()
          || !Character.isLowerCase(syllable.text().charAt(0)) || syllable.text().length() > 5) {
        continue;
      }
      String name = r.span(i, i + 4);
      r.add("person:" + name, EntityType.PERSON, null, name, i, i + 4);
      i += 3;
    }
  }

  void find(Recognition r) {
    List<int[]> surnamesOnly = new ArrayList<>();
    for (int i = 0; i < r.tokens.size(); i++) {
      Token t = r.tokens.get(i);
      if (r.used[i] || !t.isWord() || !t.isCapitalised()) {
        continue;
      }
      boolean given = cues.isGivenName(t.text());
      // German roles are nouns that stand before a name and nothing else ("Trainer Daum", "Landrat Gnadl"), so a
      // name after one is as sure as a listed name; English ones describe teams and titles too ("Analyst Team").
      boolean afterRole = i > 0 && r.tokens.get(i - 1).isWord() && r.adjacentWords(i - 1, i)
          && cues.isRoleOrTitle(r.language, r.tokens.get(i - 1).text()) && !cues.isRole(t.text());
      boolean sureAfterRole = afterRole && "de".equals(r.language);
      boolean appositive = !given && !afterRole && (isAppositiveAfterRole(r, i) || isAfterInvertedSpeechVerb(r, i));
      if (!given && !afterRole && !appositive) {
        if (isSpeakerAfterQuote(r, i)) {
          surnamesOnly.add(new int[] {i, i + 1});
          r.sureMentionStarts.add(t.start());
        }
        continue;
      }
      List<Integer> parts = nameParts(r, i, given);
      if (appositive && (parts.size() != 2 || !closesApposition(r, parts.get(1) + 1))) {
        continue;
      }
      if (parts.size() >= 2 && continuesAsCompound(r, parts.get(parts.size() - 1) + 1)) {
        // "Friedrich-Alexander-Universität", "Max-Planck-Institut": a name inside a compound noun.
        i = parts.get(parts.size() - 1) + 1;
        continue;
      }
      if (parts.size() >= 2) {
        int to = parts.get(parts.size() - 1) + 1;
        String name = r.span(i, to);
        r.add("person:" + name, EntityType.PERSON, null, name, i, to);
        if (sureAfterRole) {
          r.sureMentionStarts.add(t.start());
        }
        i = to - 1;
      } else if (afterRole && parts.size() == 1 && !given && t.text().length() >= 3) {
        surnamesOnly.add(new int[] {i, i + 1});
        if (sureAfterRole) {
          r.sureMentionStarts.add(t.start());
        }
      }
    }
    Map<String, String> surnames = surnameForms(r);
    for (int[] span : surnamesOnly) {
      if (!r.used[span[0]]) {
        String id = surnames.get(r.lower.get(span[0]));
        String name = r.span(span[0], span[1]);
        r.add(id != null ? id : "person:" + name, EntityType.PERSON, null, name, span[0], span[1]);
      }
    }
    surnames = surnameForms(r);
    for (int i = 0; i < r.tokens.size(); i++) {
      if (!r.used[i] && r.tokens.get(i).isWord() && r.tokens.get(i).isCapitalised()) {
        String id = surnames.get(r.lower.get(i));
        if (id != null) {
          r.add(id, EntityType.PERSON, null, null, i, i + 1);
        }
      }
    }
  }

  /**
   * "Der Präsident des Ifo-Instituts, Clemens Fuest, ..." / "le maire de Lyon, Grégory Doucet,":
   * a name set off by a comma right after a role phrase of the same sentence.
   */
  private boolean isAppositiveAfterRole(Recognition r, int i) {
    if (i < 2 || !r.tokens.get(i - 1).text().equals(",")) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - 7); k--) {
      String t = r.tokens.get(k).text();
      if (t.equals(".") || t.equals(",") || t.equals(":")) {
        return false;
      }
      if (r.tokens.get(k).isWord() && cues.isRole(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "..., said Razia Khan, the bank's chief economist": English wire copy puts the speech verb
   * before the speaker; a two-word name closed by a comma or full stop there is a person.
   */
  private boolean isAfterInvertedSpeechVerb(Recognition r, int i) {
    return "en".equals(r.language) && i > 0 && r.adjacentWords(i - 1, i) && INVERTED_SPEECH_VERBS.contains(r.tokens.get(i - 1).text());
  }

  /**
   * "…", sagte Hoeneß. / …, so Lehr, / „…” – powiedział Kowalski: German and Polish attribute a quote with the
   * speech verb first, so the single capitalised word after it, closed by punctuation or a lower-case word, is
   * the speaker. The verb must follow the quote's punctuation: "Die SPD forderte Aufklärung." has the verb after
   * its subject, and its object is no name. Not in English ("said Russia") or French (the verbs are two words).
   */
  private boolean isSpeakerAfterQuote(Recognition r, int i) {
    if (!"de".equals(r.language) && !"pl".equals(r.language) || i < 2 || !r.adjacentWords(i - 1, i)
        || !cues.isSpeechVerb(r.language, r.tokens.get(i - 1).text()) || !isQuotePunctuation(r.tokens.get(i - 2).text())) {
      return false;
    }
    Token t = r.tokens.get(i);
    if (t.isAllCaps() || t.text().length() < 3 || CommonWords.CALENDAR.contains(t.text()) || cues.isRole(t.text())) {
      return false;
    }
    if (i + 1 >= r.tokens.size()) {
      return true;
    }
    Token next = r.tokens.get(i + 1);
    boolean joined = next.start() == t.end() && (next.text().equals("-") || next.text().equals("'") || next.text().equals("’"));
    // "…, so Lehr." names a speaker; "…, so Geld zu sparen" does not: after "so" only punctuation closes the name.
    boolean so = r.lower.get(i - 1).equals("so");
    return !joined && (!next.isWord() || !so && Character.isLowerCase(next.text().charAt(0)));
  }

  private static boolean isQuotePunctuation(String token) {
    return switch (token) {
      case ",", ":", "\"", "“", "”", "„", "«", "»", "–", "—", "-" -> true;
      default -> false;
    };
  }

  private boolean closesApposition(Recognition r, int next) {
    if (next >= r.tokens.size()) {
      return true;
    }
    String t = r.tokens.get(next).text();
    return t.equals(",") || t.equals(".") || t.equals(")") || t.equals("–") || t.equals("—");
  }

  private boolean continuesAsCompound(Recognition r, int next) {
    return next + 1 < r.tokens.size() && r.tokens.get(next).text().equals("-")
        && r.tokens.get(next).start() == r.tokens.get(next - 1).end() && r.tokens.get(next + 1).isWord()
        && r.tokens.get(next + 1).start() == r.tokens.get(next).end();
  }

  private List<Integer> nameParts(Recognition r, int start, boolean startsWithGivenName) {
    List<Integer> parts = new ArrayList<>();
    int k = start;
    boolean previousGiven = false;
    while (k < r.tokens.size() && parts.size() < 4) {
      Token t = r.tokens.get(k);
      boolean nameWord = t.isWord() && !r.used[k] && t.isCapitalised() && (t.text().length() >= 2 || k + 1 < r.tokens.size() && r.tokens.get(k + 1).text().equals("."));
      if (nameWord && (parts.isEmpty() || parts.size() == 1 || previousGiven) && (parts.isEmpty() || r.adjacentWords(k - 1, k) || r.tokens.get(k - 1).text().equals("-"))) {
        if (!parts.isEmpty() && cues.isRole(t.text())) {
          break;
        }
        parts.add(k);
        previousGiven = cues.isGivenName(t.text()) || t.isAllCaps() && t.text().length() <= 3;
        k++;
        if (k + 1 < r.tokens.size() && r.tokens.get(k).text().equals("-") && r.tokens.get(k).start() == r.tokens.get(k - 1).end()
            && r.tokens.get(k + 1).isCapitalised() && r.tokens.get(k + 1).start() == r.tokens.get(k).end()) {
          parts.add(k + 1);
          k += 2;
        }
      } else if (t.isWord() && !parts.isEmpty() && cues.isParticle(t.text()) && k + 1 < r.tokens.size() && r.tokens.get(k + 1).isCapitalised()
          && (!cues.isArticleParticle(t.text()) || cues.isParticle(r.tokens.get(k - 1).text()))) {
        previousGiven = true;
        k++;
      } else {
        break;
      }
    }
    return parts;
  }

  /** Surname forms (with inflections) of every person named in full so far. */
  private Map<String, String> surnameForms(Recognition r) {
    Map<String, String> forms = new HashMap<>();
    Set<String> clashing = new HashSet<>();
    for (Found f : r.found.values()) {
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
}
