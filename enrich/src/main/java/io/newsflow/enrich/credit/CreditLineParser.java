package io.newsflow.enrich.credit;

import io.newsflow.enrich.text.DataFile;
import io.newsflow.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads picture credit lines in the conventions outlets actually print: "Foto: dpa / Kay Nietfeld"
 * (agency first), "Foto: Christian Charisius/dpa" (photographer first), "Bild: picture alliance /
 * AP Photo | Evan Vucci" (holder | photographer), "Credit: Getty Images" (no photographer).
 * Immutable and thread-safe.
 */
public final class CreditLineParser {
  private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)|copyright)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_AGENCY = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
  /**
   * Wire style: the credit in parentheses at the end of the caption, "… on May 13. (AP Photo/Eraldo
   * Peres)"; the agency's photo mark ("AP Photo") is what makes the parentheses a credit.
   */
  private static final Pattern WIRE_CAPTION_CREDIT = Pattern.compile(
      "^(\\S.{9,}?)\\s*\\(((?:\\p{Lu}[\\p{L}.&-]*\\s+){1,3}Photo(?:\\s*/\\s*[^()/]{2,80})?)\\)\\.?$");
  private static final Pattern FILE_MARK = Pattern.compile(",\\s*(?:File|Archive)$");
  private static final Pattern PERSON_LIKE = Pattern.compile("^\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|von|van|de|der|da|di|du|la|le))*\\s+\\p{Lu}[\\p{L}'.-]*$");

  private final Pattern labelledLine;
  private final Pattern labelInCaption;
  private final Pattern labelledCaptionEnd;
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Boolean> captionOnly = new HashMap<>();
  private final Map<String, String> agencies = new HashMap<>();

  public CreditLineParser() {
    for (String line : DataFile.lines("credit/labels.txt")) {
      String[] cols = line.split("\t");
      String label = cols[0].strip();
      labels.add(label);
      captionOnly.put(label.toLowerCase(Locale.ROOT), cols.length > 1 && cols[1].strip().equals("caption-only"));
    }
    // Longest label first so "Bildquelle" wins over "Bild".
    labels.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String label : labels) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(label));
    }
    labelledLine = Pattern.compile("^(" + alternatives + ")(?:\\s*:|\\s+(?=©)|(?<=\\.)\\s+)\\s*(\\S.{0,150})$", Pattern.CASE_INSENSITIVE);
    // "Ein ICE im Hauptbahnhof. (Foto: Reuters)": the labelled credit closes the caption in parentheses.
    labelledCaptionEnd = Pattern.compile("^(\\S.{9,}?)\\s*\\(((" + alternatives + ")\\s*:\\s*([^()]{2,80}))\\)\\.?$", Pattern.CASE_INSENSITIVE);
    labelInCaption = Pattern.compile("(?:^|[\\s.!?)])(" + alternatives + ")\\s*:\\s*(\\S[^:]{1,120})$", Pattern.CASE_INSENSITIVE);
    for (String line : DataFile.lines("credit/agencies.txt")) {
      String[] cols = line.split("\\t");
      String printed = cols[0].strip();
      agencies.put(printed.toLowerCase(Locale.ROOT), cols.length > 1 ? cols[1].strip() : printed);
    }
  }

  /** A line that is nothing but a credit ("Foto: dpa / Kay Nietfeld", "© Reuters"). */
  public Optional<Credit> parseLine(String line, boolean underCaption) {
    String text = TextNormalizer.line(line);
    Matcher m = startsWithLabel(text) ? labelledLine.matcher(text) : null;
    if (m != null && m.matches()) {
      if (!underCaption && captionOnly.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), false)) {
        return Optional.empty();
      }
      return Optional.of(split(text, m.group(2)));
    }
    if (text.startsWith("©") && text.length() < 120) {
      return Optional.of(split(text, text));
    }
    return Optional.empty();
  }

  /** Cheap test before the label regex: almost no line of a story starts with a credit label. */
  private boolean startsWithLabel(String text) {
    for (String label : labels) {
      if (text.regionMatches(true, 0, label, 0, label.length())) {
        return true;
      }
    }
    return false;
  }

  /** A caption with the credit printed at its end ("Rotorblätter am Kai. Foto: Name/dpa"). */
  public Optional<Credit> parseCaption(String captionText) {
    String text = TextNormalizer.line(captionText);
    Matcher m = labelInCaption.matcher(text);
    if (m.find()) {
      int creditStart = m.start(1);
      String caption = text.substring(0, creditStart).strip();
      return Optional.of(split(text.substring(creditStart), m.group(2)).withCaption(caption.isEmpty() ? null : caption));
    }
    int copyright = text.lastIndexOf('©');
    if (copyright >= 0) {
      String caption = text.substring(0, copyright).strip();
      return Optional.of(split(text.substring(copyright), text.substring(copyright)).withCaption(caption.isEmpty() ? null : caption));
    }
    return parseWireCaption(text);
  }

  /** A caption closed by a wire credit in parentheses ("… in Brasilia. (AP Photo/Eraldo Peres)"). */
  public Optional<Credit> parseWireCaption(String line) {
    String text = TextNormalizer.line(line);
    if (!text.endsWith(")") && !text.endsWith(").")) {
      return Optional.empty();
    }
    Matcher m = WIRE_CAPTION_CREDIT.matcher(text);
    if (!m.matches()) {
      Matcher labelled = labelledCaptionEnd.matcher(text);
      // "(Quelle: Destatis)" after a sentence cites a text source, not a picture.
      if (labelled.matches() && !captionOnly.getOrDefault(labelled.group(3).toLowerCase(Locale.ROOT), false)) {
        return Optional.of(split(labelled.group(2), labelled.group(4)).withCaption(labelled.group(1).strip()));
      }
      return Optional.empty();
    }
    String value = FILE_MARK.matcher(m.group(2).strip()).replaceFirst("");
    return Optional.of(split(m.group(2), value).withCaption(m.group(1).strip()));
  }

  /** A text known to be a credit, with or without a label ("Name/dpa" in a credit element). */
  public Credit parseValue(String creditLine) {
    String text = TextNormalizer.line(creditLine);
    return split(text, text);
  }

  /** The known provider a printed agency name stands for, if it is one. */
  public Optional<String> agency(String printed) {
    return Optional.ofNullable(agencies.get(TextNormalizer.line(printed).toLowerCase(Locale.ROOT)));
  }

  private Credit split(String creditLine, String value) {
    String v = COPYRIGHT.matcher(value.strip()).replaceFirst("").replaceAll("[.;,]$", "").strip();
    int bar = v.lastIndexOf(" | ");
    if (bar < 0) {
      bar = v.lastIndexOf('|');
    }
    if (bar > 0) {
      // "holder | photographer": the holder is printed as the outlet wants it shown.
      return credit(creditLine, v.substring(0, bar), v.substring(bar + 1).replace("|", ""));
    }
    Matcher paren = TRAILING_AGENCY.matcher(v);
    if (paren.matches() && agency(paren.group(2)).isPresent()) {
      return credit(creditLine, agency(paren.group(2)).get(), paren.group(1));
    }
    List<String> parts = splitParts(v);
    if (parts.size() <= 1) {
      Optional<String> known = agency(v);
      if (known.isEmpty() && PERSON_LIKE.matcher(v).matches() && v.split(" ").length <= 3) {
        return credit(creditLine, null, v);
      }
      return credit(creditLine, known.orElse(v), null);
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    boolean firstIsAgency = agency(first).isPresent();
    boolean lastIsAgency = agency(last).isPresent();
    if (lastIsAgency && !firstIsAgency) {
      // dpa convention: photographer first, agency last.
      return credit(creditLine, String.join(" / ", parts.subList(1, parts.size())).transform(this::canonical), first);
    }
    if (firstIsAgency || !PERSON_LIKE.matcher(first).matches() || PERSON_LIKE.matcher(last).matches()) {
      return credit(creditLine, String.join(" / ", parts.subList(0, parts.size() - 1)).transform(this::canonical), last);
    }
    return credit(creditLine, String.join(" / ", parts.subList(1, parts.size())).transform(this::canonical), first);
  }

  private String canonical(String provider) {
    return agency(provider).orElse(provider);
  }

  private static List<String> splitParts(String value) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split("\\s*/\\s*|,\\s+")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static Credit credit(String creditLine, String provider, String creator) {
    return new Credit(null, TextNormalizer.line(creditLine), blankToNull(provider), blankToNull(creator));
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = TextNormalizer.line(s).replaceAll("^[©:\\s]+", "");
    return t.isEmpty() ? null : t;
  }
}
