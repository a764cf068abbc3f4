package io.newsflow.enrich.quote;

import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.Mention;
import io.newsflow.enrich.text.ArticleText;
import io.newsflow.enrich.text.DataFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct speech in lead and body and attributes it: quotes in marks („…“, "…", “…”, «…»),
 * and the unmarked newsroom forms "Text - entgegnete Lukaschenko." and "– Text – podkreślił
 * Kaczyński.". The speaker is the person named next to a speech verb; a pronoun ("sagte er")
 * goes to the last person who was the subject of a sentence. Immutable and thread-safe.
 */
public final class QuoteExtractor {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"“”»]?\\s+(?=[\\p{Lu}„\"“«–-])");
  private static final Pattern DASH_ATTRIBUTION = Pattern.compile("\\s[-–—]\\s+(\\p{Ll}+)\\s+([^.!?\\n]{1,80})(?:[.!?](?=\\s|$)|$)");
  private static final Pattern COMMA_ATTRIBUTION = Pattern.compile(",\\s+(\\p{Ll}+)\\s+(\\p{Ll}+)(?:\\s+\\p{Ll}+)?\\.$");
  private static final Pattern OPENING_DASH = Pattern.compile("(?:^|[.!?]\\s+)[-–—]\\s+(?=\\p{Lu})");
  private static final int MIN_WORDS_UNATTRIBUTED = 6;

  private final Set<String> verbs = new HashSet<>();
  private final Set<String> pronouns = new HashSet<>();
  private final Set<String> subordinators = new HashSet<>();

  public QuoteExtractor() {
    for (String line : DataFile.lines("quote/speech-verbs.txt")) {
      String[] cols = line.split("\t");
      Set<String> target = switch (cols[0]) {
        case "pronouns" -> pronouns;
        case "subordinators" -> subordinators;
        default -> verbs;
      };
      for (String word : cols[cols.length - 1].split("\\s+")) {
        target.add(word.toLowerCase(Locale.ROOT));
      }
    }
  }

  public List<Quote> extract(ArticleText articleText, List<Entity> entities, String language) {
    String text = articleText.text();
    TreeMap<Integer, Person> people = new TreeMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        for (Mention m : e.mentions()) {
          people.put(m.start(), new Person(e.name(), m.start(), m.end()));
        }
      }
    }
    List<Found> found = new ArrayList<>();
    for (ArticleText.Span part : articleText.parts()) {
      if (part.kind() != ArticleText.Kind.HEADLINE) {
        findInParagraph(text, part.start(), part.end(), found);
      }
    }
    List<Quote> quotes = new ArrayList<>();
    String lastSubject = null;
    int cursor = 0;
    for (Found q : found) {
      lastSubject = subjectBefore(text, people, found, cursor, q.start, lastSubject);
      String speaker = attribute(text, people, found, q, lastSubject);
      if (speaker != null) {
        lastSubject = speaker;
      }
      cursor = q.attributionEnd;
      String quoteText = text.substring(q.start, q.end).strip().replaceAll("[,\\s]+$", "");
      if (speaker != null || quoteText.split("\\s+").length >= MIN_WORDS_UNATTRIBUTED) {
        quotes.add(new Quote(quoteText, speaker));
      }
    }
    return quotes;
  }

  private record Person(String name, int start, int end) {}

  /** A quote at [start, end) and the span of its own attribution clause. */
  private record Found(int start, int end, int attributionStart, int attributionEnd, boolean unmarked) {}

  private void findInParagraph(String text, int from, int to, List<Found> out) {
    String p = text.substring(from, to);
    int before = out.size();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      String closers = switch (c) {
        case '„' -> "“”\"";
        case '“' -> "”";
        case '«' -> "»";
        case '"' -> "\"";
        default -> null;
      };
      if (closers == null) {
        continue;
      }
      int close = -1;
      for (int k = i + 1; k < p.length() && close < 0; k++) {
        if (closers.indexOf(p.charAt(k)) >= 0) {
          close = k;
        }
      }
      if (close < 0) {
        break;
      }
      if (close - i > 4) {
        int end = sentenceEnd(p, close + 1);
        int start = sentenceStart(p, i);
        out.add(new Found(from + i + 1, from + close, from + start, from + end, false));
      }
      i = close;
    }
    if (out.size() > before) {
      return;
    }
    Matcher dash = DASH_ATTRIBUTION.matcher(p);
    while (dash.find()) {
      if (!verbs.contains(dash.group(1))) {
        continue;
      }
      // Polish and wire style open the quote with a dash too; otherwise it runs from the paragraph start.
      int start = 0;
      Matcher open = OPENING_DASH.matcher(p);
      while (open.find() && open.end() < dash.start()) {
        start = open.end();
      }
      out.add(new Found(from + start, from + dash.start(), from + dash.start(), from + dash.end(), true));
      return;
    }
    Matcher comma = COMMA_ATTRIBUTION.matcher(p);
    if (comma.find() && verbs.contains(comma.group(1)) && pronouns.contains(comma.group(2))) {
      out.add(new Found(from, from + comma.start(), from + comma.start(), to, true));
    }
  }

  private String attribute(String text, TreeMap<Integer, Person> people, List<Found> all, Found q, String lastSubject) {
    // After the quote: "…“, sagte Merz" / "…," Ribera told / "… – mówił w Sejmie Donald Tusk".
    String after = text.substring(q.end, q.attributionEnd);
    if (hasVerb(after)) {
      Person named = firstPerson(people, all, q.end, q.attributionEnd);
      if (named != null) {
        return named.name();
      }
      if (hasPronoun(after)) {
        return lastSubject;
      }
    }
    // Before the quote: "räumte er ein: „…“" / "Shmyhal … warned that Kyiv needed "…"".
    String before = text.substring(q.attributionStart, q.start);
    if (hasVerb(before) || before.strip().endsWith(":") || before.contains(":")) {
      if (hasPronoun(before)) {
        return lastSubject;
      }
      Person named = firstPerson(people, all, q.attributionStart, q.start);
      if (named != null) {
        return named.name();
      }
    }
    return null;
  }

  /** The latest person who was the subject of a sentence between {@code from} and {@code to}. */
  private String subjectBefore(String text, TreeMap<Integer, Person> people, List<Found> all, int from, int to, String current) {
    String subject = current;
    for (Person person : people.subMap(from, true, to, false).values()) {
      if (insideQuote(all, person.start())) {
        continue;
      }
      int sentenceStart = sentenceStart(text, person.start());
      String lead = text.substring(sentenceStart, person.start()).toLowerCase(Locale.ROOT);
      boolean firstInSentence = people.subMap(sentenceStart, true, person.start(), false).values().stream()
          .noneMatch(other -> !insideQuote(all, other.start()));
      if (firstInSentence && words(lead).stream().noneMatch(subordinators::contains)) {
        subject = person.name();
      }
    }
    return subject;
  }

  private static Person firstPerson(TreeMap<Integer, Person> people, List<Found> all, int from, int to) {
    for (Person person : people.subMap(from, true, to, false).values()) {
      if (!insideQuote(all, person.start())) {
        return person;
      }
    }
    return null;
  }

  private static boolean insideQuote(List<Found> all, int offset) {
    for (Found q : all) {
      if (q.start <= offset && offset < q.end) {
        return true;
      }
    }
    return false;
  }

  private boolean hasVerb(String s) {
    return words(s).stream().anyMatch(verbs::contains);
  }

  private boolean hasPronoun(String s) {
    return words(s).stream().anyMatch(pronouns::contains);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static int sentenceStart(String s, int at) {
    int start = 0;
    Matcher m = SENTENCE_END.matcher(s);
    while (m.find() && m.end() <= at) {
      start = m.end();
    }
    int paragraph = s.lastIndexOf("\n\n", at);
    return Math.max(start, paragraph < 0 ? 0 : paragraph + 2);
  }

  private static int sentenceEnd(String s, int at) {
    Matcher m = SENTENCE_END.matcher(s);
    int end = m.find(at) ? m.start() + 1 : s.length();
    int paragraph = s.indexOf("\n\n", at);
    return paragraph >= 0 ? Math.min(end, paragraph) : end;
  }
}
