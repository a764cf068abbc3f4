package io.newsflow.enrich.quote;

import io.newsflow.enrich.entity.Entity;
import io.newsflow.enrich.entity.EntityType;
import io.newsflow.enrich.entity.Mention;
import io.newsflow.enrich.text.ArticleText;
import io.newsflow.enrich.text.DataFile;
import io.newsflow.enrich.text.Sentences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct speech in lead and body and attributes it: quotes in marks („…“, "…", “…”, «…», »…«, ‚…‘),
 * and the unmarked newsroom forms "Text - entgegnete Lukaschenko." and "– Text – podkreślił
 * Kaczyński.". The speaker is the person named next to a speech verb; a pronoun ("sagte er")
 * goes to the last person who was the subject of a sentence. Immutable and thread-safe.
 */
public final class QuoteExtractor {
  private static final Pattern DASH_ATTRIBUTION = Pattern.compile("\\s[-–—]\\s+(\\p{Ll}+)\\s+([^.!?\\n]{1,80})(?:[.!?](?=\\s|$)|$)");
  private static final Pattern COMMA_ATTRIBUTION = Pattern.compile(",\\s+(\\p{Ll}+)\\s+(\\p{Ll}+)(?:\\s+\\p{Ll}+)?\\.$");
  private static final Pattern OPENING_DASH = Pattern.compile("(?:^|[.!?]\\s+)[-–—]\\s+(?=\\p{Lu})");
  private static final int MIN_WORDS_UNATTRIBUTED = 6;
  /** "Das sagte Laumann am Mittwoch." after a quote standing as its own paragraph (a blockquote). */
  private static final Pattern POINTING_ATTRIBUTION = Pattern.compile("^(?:Das|Dies|So|That|This|Tak|To)\\s+(\\p{Ll}+)\\s");

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
    Sentences sentences = Sentences.of(articleText);
    List<Found> found = new ArrayList<>();
    for (ArticleText.Span part : articleText.parts()) {
      if (part.kind() != ArticleText.Kind.HEADLINE) {
        findInParagraph(text, sentences, part.start(), part.end(), found);
      }
    }
    String[] speakers = new String[found.size()];
    String lastSubject = null;
    int cursor = 0;
    for (int k = 0; k < found.size(); k++) {
      Found q = found.get(k);
      lastSubject = subjectBefore(text, sentences, people, found, cursor, q.start, lastSubject);
      boolean unknownSpeaker = namesUnknownSpeaker(text, people, q);
      String speaker = unknownSpeaker ? null : attribute(text, people, found, q, lastSubject);
      if (speaker == null && !q.unmarked && !unknownSpeaker) {
        speaker = pointedSpeaker(text, people, found, q);
      }
      if (speaker == null && !unknownSpeaker && k > 0 && continuesPrevious(found.get(k - 1), q, sentences, people, found)) {
        // "…," Huang told the audience. "We are building …": the next quote in the paragraph, same voice.
        speaker = speakers[k - 1];
      }
      speakers[k] = speaker;
      if (speaker != null) {
        lastSubject = speaker;
      }
      cursor = q.attributionEnd;
    }
    for (int k = found.size() - 2; k >= 0; k--) {
      // Newsroom convention: a quote running over paragraphs leaves the closing mark off all but
      // the last paragraph and reopens each; the attribution comes once, at the end.
      if (speakers[k] == null && found.get(k).openEnded
          && found.get(k + 1).start == found.get(k).end + ArticleText.SEPARATOR.length() + 1) {
        speakers[k] = speakers[k + 1];
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Found q = found.get(k);
      String quoteText = withoutTrailingCommas(text.substring(q.start, q.end).strip());
      if (speakers[k] != null || wordCount(quoteText) >= MIN_WORDS_UNATTRIBUTED) {
        quotes.add(new Quote(quoteText, speakers[k]));
      }
    }
    return quotes;
  }

  private static boolean continuesPrevious(Found previous, Found q, Sentences sentences, TreeMap<Integer, Person> people, List<Found> all) {
    return !previous.unmarked && !q.unmarked && sentences.partOf(previous.start) == sentences.partOf(q.start)
        && firstPerson(people, all, previous.attributionEnd, q.start) == null && q.attributionStart >= previous.end;
  }

  /**
   * A quote that fills its paragraph, attributed by the first sentence of the next one ("Das sagte
   * Laumann am Mittwoch.", "That is what Fain told reporters.").
   */
  private String pointedSpeaker(String text, TreeMap<Integer, Person> people, List<Found> all, Found q) {
    int next = text.indexOf(ArticleText.SEPARATOR, q.end);
    if (next < 0 || !text.substring(q.end, next).matches("\\P{L}{0,3}")) {
      return null;
    }
    int from = next + ArticleText.SEPARATOR.length();
    int sentenceEnd = text.indexOf('.', from);
    int paragraphEnd = text.indexOf(ArticleText.SEPARATOR, from);
    int to = Math.min(sentenceEnd < 0 ? text.length() : sentenceEnd, paragraphEnd < 0 ? text.length() : paragraphEnd);
    Matcher pointing = POINTING_ATTRIBUTION.matcher(text.substring(from, to));
    if (!pointing.find() || !verbs.contains(pointing.group(1))) {
      return null;
    }
    Person named = firstPerson(people, all, from, to);
    return named == null ? null : named.name();
  }

  private record Person(String name, int start, int end) {}

  /** A quote at [start, end) and the span of its own attribution clause. */
  private record Found(int start, int end, int attributionStart, int attributionEnd, boolean unmarked, boolean openEnded) {}

  private void findInParagraph(String text, Sentences sentences, int from, int to, List<Found> out) {
    String p = text.substring(from, to);
    int before = out.size();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      String closers = switch (c) {
        case '„' -> "“”\"";
        case '“' -> "”";
        case '«' -> "»";
        // German book and quality-press style: »…« and ›…‹, low single marks ‚…‘.
        case '»' -> "«";
        case '›' -> "‹";
        case '‚' -> "‘";
        case '"' -> "\"";
        // English single marks ('…', ‘…’) share their glyphs with the apostrophe: see singleClose.
        case '\'', '‘' -> opensSingle(p, i) ? "'’" : null;
        default -> null;
      };
      if (closers == null) {
        continue;
      }
      int close = -1;
      boolean single = c == '\'' || c == '‘';
      for (int k = i + 1; k < p.length() && close < 0; k++) {
        if (closers.indexOf(p.charAt(k)) >= 0 && (!single || closesSingle(p, k))) {
          close = k;
        }
      }
      if (close < 0) {
        if (i == 0 && opensNextParagraph(text, to)) {
          out.add(new Found(from + 1, to, from, to, false, true));
        }
        break;
      }
      if (close - i > 4) {
        int end = sentences.endAfter(from + close + 1);
        int start = sentences.startOf(from + i);
        out.add(new Found(from + i + 1, from + close, start, end, false, false));
      }
      i = close;
    }
    if (out.size() > before || dashAttribution(p, from, out)) {
      return;
    }
    commaAttribution(p, from, to, out);
  }

  /** A single mark opens speech only before a letter and after a space, bracket or colon: not "rock 'n' roll"-style elisions inside words. */
  private static boolean opensSingle(String p, int i) {
    boolean afterBreak = i == 0 || Character.isWhitespace(p.charAt(i - 1)) || p.charAt(i - 1) == '(' || p.charAt(i - 1) == ':';
    return afterBreak && i + 1 < p.length() && Character.isLetter(p.charAt(i + 1));
  }

  /** A closing single mark ends a word and is not followed by a letter ("Longshoremen's" is an apostrophe). */
  private static boolean closesSingle(String p, int k) {
    return !Character.isWhitespace(p.charAt(k - 1)) && (k + 1 == p.length() || !Character.isLetter(p.charAt(k + 1)));
  }

  /** "Text - entgegnete Lukaschenko." / "– Text – podkreślił Kaczyński." */
  private boolean dashAttribution(String p, int from, List<Found> out) {
    if (!hasSpacedDash(p)) {
      return false;
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
      out.add(new Found(from + start, from + dash.start(), from + dash.start(), from + dash.end(), true, false));
      return true;
    }
    return false;
  }

  /** "Text, versicherte er." as the last words of a paragraph: the whole paragraph is the quote. */
  private void commaAttribution(String p, int from, int to, List<Found> out) {
    if (!p.endsWith(".") || p.lastIndexOf(',') < 0) {
      return;
    }
    Matcher comma = COMMA_ATTRIBUTION.matcher(p);
    if (comma.find() && verbs.contains(comma.group(1)) && pronouns.contains(comma.group(2))) {
      out.add(new Found(from, from + comma.start(), from + comma.start(), to, true, false));
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
    // An unmarked quote attributed after it ("– … – powiedział ekspert.") has no words before it.
    if (q.attributionStart >= q.start) {
      return null;
    }
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
  private String subjectBefore(String text, Sentences sentences, TreeMap<Integer, Person> people, List<Found> all, int from, int to, String current) {
    String subject = current;
    if (from >= to) {
      // The previous quote's attribution ran past this quote's start (two quotes in one sentence).
      return subject;
    }
    for (Person person : people.subMap(from, true, to, false).values()) {
      if (insideQuote(all, person.start())) {
        continue;
      }
      int sentenceStart = sentences.startOf(person.start());
      String lead = text.substring(sentenceStart, person.start()).toLowerCase(Locale.ROOT);
      boolean firstInSentence = firstPerson(people, all, sentenceStart, person.start()) == null;
      if (firstInSentence && !containsWord(lead, subordinators)) {
        subject = person.name();
      }
    }
    return subject;
  }

  private static Person firstPerson(TreeMap<Integer, Person> people, List<Found> all, int from, int to) {
    if (from >= to) {
      return null;
    }
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

  /**
   * "…", sagte Meier. with Meier recognised as no person: the attribution names someone, so no one else
   * (an earlier speaker, a person before the quote) may be given the quote. No speaker beats a wrong one.
   */
  private boolean namesUnknownSpeaker(String text, TreeMap<Integer, Person> people, Found q) {
    if (q.attributionEnd <= q.end || firstPerson(people, List.of(), q.end, q.attributionEnd) != null) {
      return false;
    }
    boolean afterVerb = false;
    for (String word : text.substring(q.end, q.attributionEnd).split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (verbs.contains(lower)) {
        afterVerb = true;
      } else if (afterVerb && Character.isUpperCase(word.charAt(0)) && word.length() > 1 && !pronouns.contains(lower)) {
        return true;
      } else if (afterVerb && pronouns.contains(lower)) {
        return false;
      }
    }
    return false;
  }

  private boolean hasVerb(String s) {
    return containsWord(s, verbs);
  }

  private boolean hasPronoun(String s) {
    return containsWord(s, pronouns);
  }

  /** Whether any run of letters in {@code s}, lower-cased, is in {@code words}. */
  private static boolean containsWord(String s, Set<String> words) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i > start && words.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensNextParagraph(String text, int paragraphEnd) {
    int next = paragraphEnd + ArticleText.SEPARATOR.length();
    return next < text.length() && "„“«»‚\"".indexOf(text.charAt(next)) >= 0;
  }

  private static boolean hasSpacedDash(String p) {
    for (int i = 1; i + 1 < p.length(); i++) {
      char c = p.charAt(i);
      if ((c == '-' || c == '–' || c == '—') && Character.isWhitespace(p.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutTrailingCommas(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ',' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(0, end);
  }

  private static int wordCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
        n++;
      }
    }
    return n;
  }
}
