package io.newsflow.enrich.structure;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page lines recognised by their shape, in any language: a copyright notice, a bare timestamp or
 * dateline, a reading-time note, a row of share buttons. Word lists ({@link Boilerplate}) catch the
 * phrases of the languages we know; these rules catch the same kinds where no list has the words,
 * and they are strict enough never to take a sentence (a sentence has more words than a timestamp
 * and no "©"). Month and weekday names come from the JDK's locale data (CLDR), all languages.
 */
final class LineShape {
  private static final Pattern YEAR = Pattern.compile("(?:^|\\D)(19|20)\\d{2}(?:\\D|$)");
  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "\\d{1,2}[:h]\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:^|\\D)(19|20)\\d{2}(?:\\D|$)");
  /** Compiled once: every line of every article is split by them, several times. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;|·•–—]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BARE_YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern COPYRIGHT_START = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright\\b|℗)");
  /**
   * The reservation of rights that a copyright notice carries, in the languages whose outlets print it
   * without a "©" ("DER SPIEGEL 52/2018 Alle Rechte vorbehalten"); in a short line it is nothing else.
   */
  private static final Pattern RIGHTS_RESERVED = Pattern.compile("(?iu)\\b(?:all rights reserved|alle rechte vorbehalten"
      + "|tous droits réservés|wszelkie prawa zastrzeżone|todos los derechos reservados|tutti i diritti riservati"
      + "|todos os direitos reservados|alle rechten voorbehouden|riproduzione riservata)\\b");
  /**
   * One field of a metadata row: a label of one to three words, a colon, and a value of at most five
   * words ("Aufrufe: 1120", "Hinzugefügt von: Posh", "Tags:"); a sentence after a colon is longer.
   */
  private static final Pattern FIELD = Pattern.compile("^\\p{L}[\\p{L}.-]*(?: [\\p{L}.-]+){0,2}:(?:\\s+\\S+){0,5}$");
  private static final Pattern FIELD_SEPARATORS = Pattern.compile("\\s[|·•]\\s");
  private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a.m", "p.m", "uhr", "h", "gmt", "utc", "cet",
      "cest", "mez", "mesz", "et", "est", "edt", "pt", "pst", "pdt", "bst", "ist", "jst", "kst", "hs", "hrs", "godz", "o'clock");
  private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "x", "whatsapp", "linkedin", "pinterest",
      "telegram", "e-mail", "email", "mail", "reddit", "xing", "flipboard", "messenger", "tumblr", "threads",
      "bluesky", "mastodon", "instagram", "youtube", "tiktok", "vk", "weibo", "wechat", "line", "sms", "print",
      "drucken", "imprimer", "kopieren", "copy", "link");
  private static final Set<String> CALENDAR = calendarWords();

  /** No line these rules recognise is longer; longer ones are not even looked at. */
  static final int MAX_CHARS = 220;

  private LineShape() {}

  /** "© 2026 Nordkurier", "Copyright 2025 The Associated Press. All rights reserved." */
  static boolean copyright(String line) {
    String t = line.strip();
    int words = words(t);
    if (words > 25 || t.length() > 220) {
      return false;
    }
    if (RIGHTS_RESERVED.matcher(t).find()) {
      return true;
    }
    boolean marked = COPYRIGHT_START.matcher(t).find() || t.contains("©") && words <= 12;
    return marked && (t.contains("©") || YEAR.matcher(t).find());
  }

  /**
   * A row of labelled fields that a post template prints under or over the story:
   * "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: | Rating: 0.0/0", "Views: 210 · Comments: 3".
   * At least two fields, each a short label with a colon, between pipes or middle dots; prose has
   * neither the separators nor a label at the start of every part.
   */
  static boolean fieldRow(String line) {
    String t = line.strip();
    if (words(t) > 20) {
      return false;
    }
    String[] fields = FIELD_SEPARATORS.split(t);
    if (fields.length < 2) {
      return false;
    }
    for (String field : fields) {
      if (!FIELD.matcher(field.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line that is only a date and time, with at most a label or a place before it:
   * "25.11.2026, 14:30 Uhr", "Updated 5:30 PM ET, Nov. 20, 2019", "Publié le 3 mars 2026 à 10h05".
   */
  static boolean timestamp(String line) {
    String[] tokens = tokens(line);
    if (tokens.length == 0 || tokens.length > 10 || !DATE_OR_TIME.matcher(line).find()) {
      return false;
    }
    int dated = 0;
    int years = 0;
    int longWords = 0;
    for (String token : tokens) {
      if (dateToken(token)) {
        dated++;
        if (BARE_YEAR.matcher(token).matches()) {
          years++;
        }
      } else if (token.length() >= 5) {
        longWords++;
      }
    }
    // A year and a word is a name or a title ("Euro 2024", "Agenda 2030"): a timestamp has a day, a month or a time.
    if (dated == years) {
      return false;
    }
    // One label word at most ("Updated", "Publié", "Aktualisiert"); two long words are prose or a name.
    return longWords <= 1 && (dated * 2 >= tokens.length || dated >= 2 && tokens.length <= 4);
  }

  /** "4 Min Read", "Lesezeit: 3 Minuten", "Czas czytania: 2 min" */
  static boolean readingTime(String line) {
    String[] tokens = tokens(line);
    if (tokens.length == 0 || tokens.length > 5) {
      return false;
    }
    for (int i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i].chars().allMatch(Character::isDigit) && tokens[i + 1].startsWith("min")) {
        return true;
      }
    }
    return false;
  }

  /** "Facebook Twitter WhatsApp E-Mail": a row of share buttons, nothing else. */
  static boolean shareButtons(String line) {
    String[] tokens = tokens(line);
    if (tokens.length < 2 || tokens.length > 12) {
      return false;
    }
    int networks = 0;
    for (String token : tokens) {
      if (NETWORKS.contains(token)) {
        networks++;
      }
    }
    return networks >= 2 && networks * 10 >= tokens.length * 7;
  }

  private static boolean dateToken(String token) {
    if (token.chars().anyMatch(Character::isDigit)) {
      // "10h05", "5pm", "21st" carry a letter or two; a name with a number in it ("gsoc-2018", "Expo-2020",
      // "COVID-19") is a word, not a date.
      return token.chars().filter(Character::isLetter).count() <= 2;
    }
    return CLOCK_WORDS.contains(token) || CALENDAR.contains(token);
  }

  /** Lower-cased words, punctuation at their edges removed. */
  private static String[] tokens(String line) {
    String[] raw = SEPARATORS.split(line.strip().toLowerCase(Locale.ROOT));
    int n = 0;
    for (String r : raw) {
      String t = trim(r);
      if (!t.isEmpty()) {
        raw[n++] = t;
      }
    }
    return java.util.Arrays.copyOf(raw, n);
  }

  private static String trim(String t) {
    int start = 0;
    int end = t.length();
    while (start < end && !Character.isLetterOrDigit(t.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(start, end);
  }

  private static int words(String t) {
    return t.isBlank() ? 0 : SPACES.split(t.strip()).length;
  }

  /** Month and weekday names and abbreviations of every locale the JDK knows. */
  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    for (Locale locale : Locale.getAvailableLocales()) {
      DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
      for (String[] names : new String[][] {symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(),
          symbols.getShortWeekdays()}) {
        for (String name : names) {
          String t = trim(name.toLowerCase(Locale.ROOT));
          // One- and two-letter abbreviations ("so", "di") are ordinary words in other languages.
          if (t.length() >= 3) {
            words.add(t);
          }
        }
      }
    }
    return Set.copyOf(words);
  }
}
