package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The state of one article's recognition: its tokens, which of them a name already covers, and the
 * entities found so far. Each layer reads what the earlier ones left; never shared between threads.
 */
final class Recognition {
  final String text;
  final String language;
  final List<Token> tokens;
  final List<String> lower;
  final boolean[] used;
  /** The entity each used token belongs to. */
  final Found[] ownerOf;
  /** Tokens the lists know as a name that is also a common word, here without the cue it needs. */
  final boolean[] uncuedName;
  final Map<String, Found> found = new LinkedHashMap<>();
  /**
   * Start offsets of mentions a rule is as sure of as of a listed name (a speaker named after the speech verb
   * of a quote): the document level keeps them where the model tagged nothing.
   */
  final Set<Integer> sureMentionStarts = new HashSet<>();
  /** Start offsets of words that name a country's people ("Israeli", "Iraqi"): adjectives, no names. */
  final Set<Integer> demonymStarts = new HashSet<>();
  /** Start offsets of German words for where someone comes from ("Kölner", "Dresdner", "Texaner"). */
  final Set<Integer> originStarts = new HashSet<>();

  Recognition(String text, String language) {
    this.text = text;
    this.language = language;
    this.tokens = Token.split(text);
    this.lower = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      lower.add(t.text().toLowerCase(Locale.ROOT));
    }
    this.used = new boolean[tokens.size()];
    this.ownerOf = new Found[tokens.size()];
    this.uncuedName = new boolean[tokens.size()];
  }

  boolean anyUsed(int from, int to) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
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

  boolean adjacentWords(int a, int b) {
    int end = tokens.get(a).end();
    int start = tokens.get(b).start();
    return start == end + 1 && text.charAt(end) == ' ' || start == end && tokens.get(a).isWord() != tokens.get(b).isWord();
  }

  /** Tokens {@code a} and {@code b} touch, with nothing between them ("NEU-DELHI", "1:1"). */
  boolean joined(int a, int b) {
    return a >= 0 && tokens.get(a).end() == tokens.get(b).start();
  }

  /** No line break between tokens {@code a} and {@code b}. */
  boolean sameLine(int a, int b) {
    for (int i = tokens.get(a).end(); i < tokens.get(b).start(); i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** The entity found with a mention at exactly [start, end) of the text, or null. */
  Found foundAt(int start, int end) {
    for (Found f : found.values()) {
      for (Mention m : f.mentions) {
        if (m.start() == start && m.end() == end) {
          return f;
        }
      }
    }
    return null;
  }

  String span(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /**
   * Marks tokens {@code from..to} as an organisation found by a rule. A longer listed organisation
   * starting here wins, and a listed name keeps its canonical entry.
   *
   * @return the token after the mention, or -1 when the span is already taken
   */
  int addOrganisation(Gazetteer gazetteer, String name, int from, int to) {
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

  /** Frees the tokens [from, to): the mentions on them leave their entities, and an entity left with none goes. */
  void release(int from, int to) {
    for (int k = from; k < to; k++) {
      Found f = ownerOf[k];
      if (f == null) {
        continue;
      }
      int start = tokens.get(k).start();
      for (Iterator<Mention> it = f.mentions.iterator(); it.hasNext(); ) {
        Mention m = it.next();
        if (m.start() <= start && start < m.end()) {
          it.remove();
          for (int j = tokenAt(m.start()); j >= 0 && j < tokens.size() && tokens.get(j).start() < m.end(); j++) {
            ownerOf[j] = null;
            used[j] = false;
          }
        }
      }
      if (f.mentions.isEmpty()) {
        found.remove(f.id);
      }
    }
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

  /** The entities found, in the order of their first mention. */
  List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    found.values().stream()
        .sorted(Comparator.comparingInt(f -> f.mentions.get(0).start()))
        .forEach(f -> out.add(f.toEntity(language)));
    return out;
  }
}
