package io.newsflow.enrich.entity;

import io.newsflow.enrich.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The document level after the model: turns the tagged spans of one article into entities. A span the
 * lists also know keeps the listed entity (its canonical name, its other-language forms); a listed name
 * the model left alone stays when it is a whole listed name (inside compounds such as {@code
 * NATO-Truppen} too); a surname alone joins the person named in full with it; inflected forms of one name
 * fold into one entity; a name tagged once is tagged wherever it recurs in the article.
 */
final class DocumentNames {
  /** Endings that inflect a name (German genitive; Polish and German case endings), longest first. */
  private static final Map<String, List<String>> ENDINGS = Map.of(
      "de", List.of("es", "s"),
      "pl", List.of("iego", "ego", "emu", "owi", "ami", "ach", "iem", "ie", "em", "om", "ą", "ę", "y", "a", "u", "i"),
      "en", List.of("'s"),
      "fr", List.of());

  /** Endings of Polish adjectives made from names: -ski/-cki/-dzki in every case and gender ("Amerykański", "Polskiej"). */
  private static final Pattern POLISH_ADJECTIVE = Pattern.compile("(?:s|c|dz)(?:k(?:i|a|ie|iego|iej|im|imi|ich|iemu|ą)|cy)$");
  /** "USA", "U.S.", "BRD": capitals, perhaps with full stops. */
  private static final Pattern COUNTRY_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.?){2,4}");
  /** Lower-case words a person's name may start with. */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "von", "van", "vom", "zu", "de", "di", "da", "del", "der", "den", "ten", "ter", "du", "le", "la", "al", "el", "bin", "ibn");

  private DocumentNames() {}

  static List<Entity> resolve(Recognition rules, List<EntityModel.Tagged> tagged, Set<String> agencies, PersonCues cues,
                              OrganisationCues organisationCues) {
    Recognition r = byShape(rules, agencies);
    Map<Long, Found> ruleMentions = new HashMap<>();
    for (Found f : rules.found.values()) {
      for (Mention m : f.mentions) {
        ruleMentions.put(key(m.start(), m.end()), f);
      }
    }
    List<EntityModel.Tagged> pieces = new ArrayList<>();
    for (EntityModel.Tagged raw : tagged) {
      for (EntityModel.Tagged side : sidesOfAPairing(rules.text, rules.language, raw)) {
        pieces.addAll(partsBetweenSeparators(rules.text, side));
      }
    }
    List<EntityModel.Tagged> kept = new ArrayList<>();
    for (EntityModel.Tagged piece : pieces) {
      EntityModel.Tagged raw = withClubOrdinal(rules.text, withoutDanglingDash(rules.text, piece));
      if (raw == null) {
        continue;
      }
      EntityModel.Tagged t = byItsHead(rules, organisationCues,
          withoutRunOn(rules, withoutTrailingDay(rules.text, beforeColon(rules.text, withoutLeadingRole(rules.text, rules.language, withoutLeadingOrigin(rules, raw, cues), cues)))));
      if (t == null || isUncuedCommonWord(rules, t) || isCourtesyTitle(rules.text, t) || isDemonym(rules, t) || "pl".equals(rules.language) && (isPolishAdjective(rules.text, t) || isPolishCommonWordAsPerson(rules.text, t))
          || isWholeTitleLine(rules.text, t) || isCalendarWord(rules.text, t)
          || isBareHeadNoun(rules, t, organisationCues) || isCountryAtCompoundHead(rules, t)) {
        continue;
      }
      if ("de".equals(rules.language) && startsWithGermanLowerCaseWord(rules.text, t)) {
        addRuleMentionsInside(rules, r, t);
        continue;
      }
      Map.Entry<Mention, Found> overruling = overrulingRuleMention(rules, t);
      if (overruling != null) {
        addRuleMention(r, overruling.getValue(), overruling.getKey());
      } else if (!isAgencyMarker(rules.text, t, agencies)) {
        kept.add(t);
      }
    }
    for (EntityModel.Tagged t : kept) {
      int from = r.tokenAt(t.start());
      int to = tokenEndingAt(r, from, t.end());
      if (from < 0 || to < 0 || r.anyUsed(from, to)) {
        continue;
      }
      String surface = r.span(from, to);
      Found listed = ruleMentions.get(key(t.start(), t.end()));
      // The same span as a rule name: the listed entity, or in German the rule's type as well (a
      // "Hamburger Hafen" is a place by its cue word; capitalised German nouns make the model's type less sure).
      boolean german = "de".equals(rules.language);
      if (listed != null && (listed.type == t.type() || listed.entry != null || german) && sameGivenNames(listed, surface)) {
        r.add(listed.id, listed.type, listed.entry, listed.name, from, to);
      } else {
        r.add(t.type().name() + ":" + surface, t.type(), null, surface, from, to);
      }
    }
    keepListedNames(rules, r);
    keepConfirmedCoreference(rules, r);
    foldInflections(r);
    joinSurnames(r);
    surnamesToTheNearestFullName(r);
    tagRecurrences(r);
    if ("fr".equals(r.language)) {
      withFrenchConventions(r);
    }
    return r.entities();
  }

  /**
   * The entities of an article in a language with neither a model nor rules of its own: only what the
   * shape of a line tells in any language (the sides of a result, a line-up, a dateline's place), each
   * name tagged wherever it recurs. The lists give a shape's name its identity; they find nothing alone.
   */
  static List<Entity> shapesOnly(Recognition listed, Set<String> agencies) {
    Recognition r = byShape(listed, agencies);
    tagRecurrences(r);
    return r.entities();
  }

  /** A fresh reading of the rules' tokens with the shape layers' names placed, before the model's spans. */
  private static Recognition byShape(Recognition rules, Set<String> agencies) {
    Recognition r = new Recognition(rules.text, rules.language);
    for (int k = 0; k < r.lower.size(); k++) {
      r.lower.set(k, rules.lower.get(k));  // the same tokens, read as the rules read them (repaired umlauts)
    }
    SportsLines.find(rules, r);
    Datelines.find(rules, r, agencies);
    return r;
  }

  /**
   * Where the lists are precise they overrule a span the model drew differently: a listed name
   * overlapping it ("Intel" in a tagged "Rivals Intel"), or a rule name that holds it and more
   * ("Chung Eui-sun" for a tagged "Chung Eui").
   */
  private static Map.Entry<Mention, Found> overrulingRuleMention(Recognition rules, EntityModel.Tagged t) {
    for (Found f : rules.found.values()) {
      for (Mention m : f.mentions) {
        boolean overlaps = m.start() < t.end() && t.start() < m.end();
        boolean same = m.start() == t.start() && m.end() == t.end();
        if (!overlaps || same) {
          continue;
        }
        boolean holds = m.start() <= t.start() && t.end() <= m.end();
        boolean contained = t.start() <= m.start() && m.end() <= t.end();
        // A person the rules found from the given name on, inside a tagged person that starts earlier:
        // the earlier word is a role or a sentence opener ("Industrialist Mukesh Ambani").
        boolean samePersonLaterStart = contained && m.end() == t.end() && f.type == EntityType.PERSON && t.type() == EntityType.PERSON
            && m.text().indexOf(' ') > 0;
        // A tagged run over a list ("Advanced Micro Devices Inc. and Intel") is several names, which the lists know.
        String span = rules.text.substring(t.start(), t.end());
        boolean list = contained && (span.contains(" and ") || span.contains(" und ") || span.contains(" et ") || span.contains(" i ") || span.contains(", "));
        if (holds || samePersonLaterStart || list) {
          return Map.entry(m, f);
        }
        // German capitalises every noun, so a tagged run of capitalised words is often two names or a
        // name and the noun after it ("Nordkorea Wladimir Putin", "Kims Soldaten", "NATO-Truppen"):
        // there the names the rules know inside it are surer than the run.
        if ("de".equals(rules.language) && contained
            && (f.type != t.type() || ruleMentionsInside(rules, t) >= 2
                || f.entry != null && m.start() == t.start() && endsOneWordLater(rules.text, m, t)
                    && !anotherFamilyNameFirstPerson(rules.text, m, f, t)
                || f.entry != null && f.type == EntityType.ORGANISATION && m.end() == t.end() && startsOneWordEarlier(rules.text, m, t))) {
          return Map.entry(m, f);
        }
        if (f.entry == null) {
          continue;
        }
        // A longer tagged name around a listed one stands ("Bank of England", "Rainer Scholz"), unless
        // a person would swallow a listed place or organisation.
        if (!contained || t.type() == EntityType.PERSON && f.type != EntityType.PERSON) {
          return Map.entry(m, f);
        }
      }
    }
    return null;
  }

  private static int ruleMentionsInside(Recognition rules, EntityModel.Tagged t) {
    int inside = 0;
    for (Found f : rules.found.values()) {
      for (Mention m : f.mentions) {
        if (t.start() <= m.start() && m.end() <= t.end()) {
          inside++;
        }
      }
    }
    return inside;
  }

  /** "Rivale Puma", "Konzern Volkswagen": the tagged span is one word and a space before the mention. */
  private static boolean startsOneWordEarlier(String text, Mention m, EntityModel.Tagged t) {
    if (m.start() - 1 <= t.start() || text.charAt(m.start() - 1) != ' ') {
      return false;
    }
    return text.substring(t.start(), m.start() - 1).chars().allMatch(Character::isLetter);
  }

  private static void addRuleMentionsInside(Recognition rules, Recognition r, EntityModel.Tagged t) {
    for (Found f : rules.found.values()) {
      for (Mention m : f.mentions) {
        if (t.start() <= m.start() && m.end() <= t.end()) {
          addRuleMention(r, f, m);
        }
      }
    }
  }

  /**
   * "Kim Kulig", "Kim Yo Jong": the listed person is known by a family name written first ("Kim" of Kim Jong Un),
   * so a tagged person that goes on from it with another name is someone else of that family name, not the
   * listed one and a noun after it ("Kims Soldaten" is inflected and stays the listed person).
   */
  private static boolean anotherFamilyNameFirstPerson(String text, Mention m, Found f, EntityModel.Tagged t) {
    if (f.type != EntityType.PERSON || t.type() != EntityType.PERSON || f.entry == null) {
      return false;
    }
    String form = text.substring(m.start(), m.end());
    String tagged = text.substring(t.start(), t.end());
    for (String name : f.entry.names().values()) {
      if (name.startsWith(form + " ") && !name.startsWith(tagged)) {
        return true;
      }
    }
    return false;
  }

  /** The tagged span is the mention plus one more word, after a space or a hyphen. */
  private static boolean endsOneWordLater(String text, Mention m, EntityModel.Tagged t) {
    if (m.end() + 1 >= t.end() || text.charAt(m.end()) != ' ' && text.charAt(m.end()) != '-') {
      return false;
    }
    return text.substring(m.end() + 1, t.end()).chars().allMatch(Character::isLetter);
  }

  /** "Hamburger Hafen: Rekord beim Umschlag": a name ends before a colon (headlines run on without a full stop). */
  private static EntityModel.Tagged beforeColon(String text, EntityModel.Tagged t) {
    if (t == null) {
      return null;
    }
    String span = text.substring(t.start(), t.end());
    int colon = span.indexOf(':');
    if (colon < 0) {
      return t;
    }
    int length = span.substring(0, colon).stripTrailing().length();
    return length == 0 ? null : new EntityModel.Tagged(t.type(), t.start(), t.start() + length);
  }

  /**
   * "FC Bayern durchaus Sinn", "Microsoft today said": a span runs on where a lower-case word that joins no
   * name's words follows a capitalised one; the name ends before it. A lower-case word after a joiner stays
   * ("Gesellschaft für technische Zusammenarbeit"). Not in French, whose names hold lower-case adjectives
   * after their nouns ("Société générale", "Chambre des députés"), nor in Polish ("Rada gminy", "Urząd miasta").
   */
  private static EntityModel.Tagged withoutRunOn(Recognition rules, EntityModel.Tagged t) {
    if (t == null || "fr".equals(rules.language) || "pl".equals(rules.language)) {
      return t;
    }
    String span = rules.text.substring(t.start(), t.end());
    String[] words = span.split(" ");
    int offset = words[0].length() + 1;
    for (int w = 1; w < words.length; offset += words[w].length() + 1, w++) {
      String word = words[w];
      String before = words[w - 1];
      if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !CommonWords.NAME_JOINERS.contains(stripStop(word))
          && !NAME_PARTICLES.contains(word) && !before.isEmpty() && Character.isUpperCase(before.codePointAt(0))) {
        return new EntityModel.Tagged(t.type(), t.start(), t.start() + offset - 1);
      }
    }
    return t;
  }

  private static String stripStop(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * "1. FC Nürnberg", "1. FSV Mainz 05": German clubs carry "1." before their club abbreviation, and the model,
   * which reads the figure as a number, tags the name from the abbreviation on. Only "1." before capitals of two
   * to four letters: a rank in a league table ("3. Coventry City") is no part of the name.
   */
  static EntityModel.Tagged withClubOrdinal(String text, EntityModel.Tagged t) {
    if (t == null || t.type() != EntityType.ORGANISATION || t.start() < 3 || !text.startsWith("1. ", t.start() - 3)
        || t.start() >= 4 && Character.isLetterOrDigit(text.charAt(t.start() - 4))) {
      return t;
    }
    int wordEnd = t.start();
    while (wordEnd < t.end() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String abbreviation = text.substring(t.start(), wordEnd);
    boolean club = abbreviation.length() >= 2 && abbreviation.length() <= 4 && abbreviation.chars().allMatch(Character::isUpperCase);
    return club ? new EntityModel.Tagged(t.type(), t.start() - 3, t.end()) : t;
  }

  /**
   * "CDU-" of "CDU-Kreistagsfraktion", "Hoechst AG -" before a quote: no name ends in a hyphen or dash, so the
   * span is the name before it (the compound's head then joins the listed CDU like its other mentions).
   */
  static EntityModel.Tagged withoutDanglingDash(String text, EntityModel.Tagged t) {
    int end = t.end();
    while (end > t.start() && "-–— ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == t.end() ? t : end == t.start() ? null : new EntityModel.Tagged(t.type(), t.start(), end);
  }

  /**
   * "Brussels on Monday", "Berlin am Freitag": a run that ends in a preposition and a day or month is the
   * name before the preposition; names do not hold a lower-case word before a calendar word.
   */
  static EntityModel.Tagged withoutTrailingDay(String text, EntityModel.Tagged t) {
    if (t == null) {
      return null;
    }
    String span = text.substring(t.start(), t.end());
    int lastSpace = span.lastIndexOf(' ');
    if (lastSpace <= 0 || !CommonWords.CALENDAR.contains(span.substring(lastSpace + 1))) {
      return t;
    }
    int wordSpace = span.lastIndexOf(' ', lastSpace - 1);
    String before = span.substring(wordSpace + 1, lastSpace);
    if (wordSpace <= 0 || before.isEmpty() || !before.chars().allMatch(Character::isLowerCase)) {
      return t;
    }
    int length = span.substring(0, wordSpace).stripTrailing().length();
    return new EntityModel.Tagged(t.type(), t.start(), t.start() + length);
  }

  /**
   * "nordkoreanische Soldaten", "amerikanischen Nationalen Sicherheitsrates": German capitalises every
   * noun and name, so a span that starts with a lower-case word starts with an adjective or verb, not a
   * name; only a person's name may start with a particle ("von Weizsäcker"). Names the rules found inside
   * it stand ("die EU-Kommission").
   */
  private static boolean startsWithGermanLowerCaseWord(String text, EntityModel.Tagged t) {
    if (!Character.isLowerCase(text.charAt(t.start()))) {
      return false;
    }
    String first = text.substring(t.start(), t.end()).split("[ -]")[0];
    return t.type() != EntityType.PERSON || !NAME_PARTICLES.contains(first);
  }

  /**
   * "Georgetown University", "Chicago Symphony Orchestra": a name of two or more words that ends in an
   * organisation's head noun is an organisation, whatever type the model gave it from the place or person
   * words before the head.
   */
  private static EntityModel.Tagged byItsHead(Recognition rules, OrganisationCues organisationCues, EntityModel.Tagged t) {
    if (t == null || t.type() == EntityType.ORGANISATION) {
      return t;
    }
    String span = rules.text.substring(t.start(), t.end());
    int space = span.lastIndexOf(' ');
    if (space <= 0) {
      return t;
    }
    String head = span.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    boolean organisation = organisationCues.isTail(rules.language, head) || organisationCues.isHeadNoun(rules.language, head);
    return organisation ? new EntityModel.Tagged(EntityType.ORGANISATION, t.start(), t.end()) : t;
  }

  /**
   * "The Court said", "the Board declined": an institution's common noun alone, after the article, names
   * no particular organisation (its name needs words of its own: "Federal Reserve Board"), as the head-noun
   * rule already reads it.
   */
  private static boolean isBareHeadNoun(Recognition rules, EntityModel.Tagged t, OrganisationCues organisationCues) {
    if (t.type() != EntityType.ORGANISATION) {
      return false;
    }
    String span = rules.text.substring(t.start(), t.end());
    boolean theInside = span.startsWith("The ");
    String word = theInside ? span.substring(4) : span;
    if (word.indexOf(' ') >= 0 || !organisationCues.isHeadNoun(rules.language, word.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return theInside || t.start() >= 4 && rules.text.regionMatches(true, t.start() - 4, "the ", 0, 4);
  }

  /**
   * "SV Echzell - SV Ossenheim", "Google - Mozilla Corp.": a run over a spaced dash between names of two or
   * more words each is a pairing (a fixture, a deal), one name on each side. A spaced hyphen inside a name
   * joins single words ("Meurthe - et - Moselle", "Warmińsko - Mazurskim" as the French and Polish corpora print
   * them), and a word after the dash is what the name is ("Bryan Hull - Analyst"), so those stay. Not in Polish,
   * whose compound adjectives inside names are printed so ("Centralne Biuro Projektowo - Badawcze").
   */
  static List<EntityModel.Tagged> sidesOfAPairing(String text, String language, EntityModel.Tagged t) {
    if ("pl".equals(language)) {
      return List.of(t);
    }
    String span = text.substring(t.start(), t.end());
    String[] sides = span.split(" [-–] ", -1);
    if (sides.length != 2) {
      return List.of(t);
    }
    for (String side : sides) {
      if (side.strip().split(" ").length < 2) {
        return List.of(t);
      }
    }
    int dash = span.indexOf(sides[1], sides[0].length());
    return List.of(new EntityModel.Tagged(t.type(), t.start(), t.start() + sides[0].length()),
        new EntityModel.Tagged(t.type(), t.start() + dash, t.end()));
  }

  /**
   * "Grabb / Reneberg", "USA / Nr. 2) - Connell": a run over a spaced slash or a bracket is several names, or
   * a name and what stands beside it; each part that can be a name stays, with the run's type. A part with a
   * figure in it names no person or place ("Nr. 2").
   */
  static List<EntityModel.Tagged> partsBetweenSeparators(String text, EntityModel.Tagged t) {
    String span = text.substring(t.start(), t.end());
    if (!span.contains(" / ") && span.indexOf('(') < 0 && span.indexOf(')') < 0) {
      return List.of(t);
    }
    List<EntityModel.Tagged> parts = new ArrayList<>();
    int partStart = 0;
    for (int i = 0; i <= span.length(); i++) {
      boolean cut = i == span.length() || span.charAt(i) == '(' || span.charAt(i) == ')'
          || span.startsWith(" / ", i);
      if (!cut) {
        continue;
      }
      int a = partStart;
      int b = i;
      while (a < b && (Character.isWhitespace(span.charAt(a)) || span.charAt(a) == '-' || span.charAt(a) == '/')) {
        a++;
      }
      while (b > a && (Character.isWhitespace(span.charAt(b - 1)) || span.charAt(b - 1) == '-')) {
        b--;
      }
      String part = span.substring(a, b);
      boolean figure = part.chars().anyMatch(Character::isDigit);
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && (t.type() == EntityType.ORGANISATION || !figure)) {
        parts.add(new EntityModel.Tagged(t.type(), t.start() + a, t.start() + b));
      }
      partStart = span.startsWith(" / ", i) ? i + 3 : i + 1;
    }
    return parts;
  }

  /** "M.", "Mme" alone: a title, no name. */
  private static boolean isCourtesyTitle(String text, EntityModel.Tagged t) {
    return FrenchTitles.COURTESY.contains(text.substring(t.start(), t.end()));
  }

  /**
   * French papers name a person with a title ("M. Poincaré", "le président Wilson"), and French annotation
   * conventions (Quaero, HIPE) count it in the mention, as they count the house number in an address ("40, rue
   * Galande"); the entity's name stays without the title ({@link Found#canonical}). A title or number another
   * mention already holds stays there.
   */
  private static void withFrenchConventions(Recognition r) {
    for (Found f : r.found.values()) {
      if (f.type != EntityType.PERSON && f.type != EntityType.PLACE) {
        continue;
      }
      for (int n = 0; n < f.mentions.size(); n++) {
        Mention m = f.mentions.get(n);
        int start = f.type == EntityType.PERSON
            ? FrenchTitles.titledStart(r.text, m.start())
            : FrenchAddresses.numberedStart(r.text, m.start());
        if (start < m.start() && isFree(r, start, m.start())) {
          f.mentions.set(n, new Mention(r.text.substring(start, m.end()), start, m.end()));
        }
      }
    }
  }

  private static boolean isFree(Recognition r, int from, int to) {
    for (int k = r.tokenAt(from); k >= 0 && k < r.tokens.size() && r.tokens.get(k).start() < to; k++) {
      if (r.used[k]) {
        return false;
      }
    }
    return true;
  }

  /** A one-word span the lists know as a common word here ("PKW" in an English article, "Arm" in a German one) without its cue. */
  private static boolean isUncuedCommonWord(Recognition rules, EntityModel.Tagged t) {
    int k = rules.tokenAt(t.start());
    return k >= 0 && rules.uncuedName[k] && rules.tokens.get(k).end() == t.end();
  }

  /**
   * "US-Botschafter", "USA-Reise": a country's abbreviation at the head of a compound describes, as the
   * adjective would ("amerikanischer Botschafter"); spelt out or standing alone it names the country.
   */
  private static boolean isCountryAtCompoundHead(Recognition rules, EntityModel.Tagged t) {
    Found listed = rules.foundAt(t.start(), t.end());
    return listed != null && isCountryAtCompoundHead(listed, t.start(), t.end(), rules.text);
  }

  private static boolean isCountryAtCompoundHead(Found listed, int start, int end, String text) {
    return isCountryAbbreviation(listed, text.substring(start, end))
        && end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
  }

  /** "USA", "UK", "BRD": a listed country's abbreviation. */
  private static boolean isCountryAbbreviation(Found listed, String text) {
    return listed.entry != null && listed.entry.id().startsWith("country:") && COUNTRY_ABBREVIATION.matcher(text).matches();
  }

  private static boolean isCalendarWord(String text, EntityModel.Tagged t) {
    return CommonWords.CALENDAR.contains(text.substring(t.start(), t.end()));
  }

  private static void addRuleMention(Recognition r, Found f, Mention m) {
    int from = r.tokenAt(m.start());
    int to = tokenEndingAt(r, from, m.end());
    if (from >= 0 && to >= 0 && !r.anyUsed(from, to)) {
      r.add(f.id, f.type, f.entry, f.name, from, to);
    }
  }

  /**
   * "Dresdner Ulf Kirsten", "Texaner Lance Armstrong", "Stuttgarter Umweltminister Harald B. Schäfer": German puts
   * where a person comes from before the name as a word in -er (marked by the rules from the listed places), which
   * is no part of the name. Only in a person span of three or more words, so a club ("Stuttgarter Kickers") stays
   * whole, and not a given name in -er.
   */
  private static EntityModel.Tagged withoutLeadingOrigin(Recognition rules, EntityModel.Tagged t, PersonCues cues) {
    if (t.type() != EntityType.PERSON || !"de".equals(rules.language)) {
      return t;
    }
    String[] words = rules.text.substring(t.start(), t.end()).split(" ");
    String origin = words[0];
    if (words.length < 3 || !rules.originStarts.contains(t.start()) || cues.isGivenName(origin) || cues.isRole(origin)
        || !Character.isUpperCase(words[1].charAt(0))) {
      return t;
    }
    return new EntityModel.Tagged(t.type(), t.start() + origin.length() + 1, t.end());
  }

  /**
   * "Industrialist Mukesh Ambani", "Bundeskanzlerin Angela Merkel", "Frau Merkel", "Dr. Fauci": the role word or
   * German title is not part of the name. A span of another type with a lower-case role word inside ("City councillor Rainer Scholz") is the
   * person named after the role: no organisation's or place's name holds a lower-case job title.
   */
  private static EntityModel.Tagged withoutLeadingRole(String text, String language, EntityModel.Tagged t, PersonCues cues) {
    if (t.type() != EntityType.PERSON) {
      return personAfterRoleWord(text, t, cues);
    }
    int start = t.start();
    while (true) {
      int space = text.indexOf(' ', start);
      if (space < 0 || space >= t.end() || !cues.isRoleOrTitle(language, text.substring(start, space))) {
        break;
      }
      start = space + 1;
    }
    return start == t.start() ? t : new EntityModel.Tagged(t.type(), start, t.end());
  }

  private static EntityModel.Tagged personAfterRoleWord(String text, EntityModel.Tagged t, PersonCues cues) {
    int after = -1;
    int start = t.start();
    while (start < t.end()) {
      int space = text.indexOf(' ', start);
      int end = space < 0 || space > t.end() ? t.end() : space;
      String word = text.substring(start, end);
      if (!word.isEmpty()) {
        if (Character.isLowerCase(word.charAt(0)) && cues.isRole(word)) {
          after = end + 1;
        } else if (after >= 0 && !Character.isUpperCase(word.charAt(0))) {
          return t;
        }
      }
      start = end + 1;
    }
    return after < 0 || after >= t.end() ? t : new EntityModel.Tagged(EntityType.PERSON, after, t.end());
  }

  /**
   * "European markets", "Belgian officials": one word with an adjective or inhabitant ending before a
   * lower-case word names no place or organisation (the corpora tag these O as well); nor does a word the rules
   * marked as a country's people ("Israeli Prime Minister", "Iraqi officials"), wherever it stands.
   */
  private static boolean isDemonym(Recognition rules, EntityModel.Tagged t) {
    if (t.type() == EntityType.PERSON) {
      return false;
    }
    String text = rules.text;
    String word = text.substring(t.start(), t.end());
    if (word.indexOf(' ') < 0 && rules.demonymStarts.contains(t.start())) {
      return true;
    }
    if (word.indexOf(' ') >= 0 || !(word.endsWith("ean") || word.endsWith("ian") || word.endsWith("ish") || word.endsWith("ese"))) {
      return false;
    }
    int next = nextWord(text, t);
    return next >= 0 && (Character.isLowerCase(text.charAt(next)) || text.startsWith("and ", next));
  }

  /** Where the word after the span starts, past one or more spaces; -1 when no space-separated word follows. */
  private static int nextWord(String text, EntityModel.Tagged t) {
    int next = t.end();
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next > t.end() && next < text.length() ? next : -1;
  }

  /**
   * "Zegarek na ręku…", "Lampa też świeci": a single word the model read as a person where a sentence opens, which
   * Polish knows only as a common noun (no reading of it is a name), is that noun with its capital from the
   * sentence. Inside a sentence a capital is the writer's, so there the model's person stays.
   */
  private static boolean isPolishCommonWordAsPerson(String text, EntityModel.Tagged t) {
    String word = text.substring(t.start(), t.end());
    return t.type() == EntityType.PERSON && word.indexOf(' ') < 0 && word.indexOf('-') < 0
        && startsASentence(text, t.start()) && PolishNames.isCommonWordOnly(word);
  }

  /** Whether {@code at} opens the text, a line or a sentence (after ". ", "! ", "? ", "… " or an opening quote). */
  private static boolean startsASentence(String text, int at) {
    int k = at - 1;
    while (k >= 0 && (text.charAt(k) == '"' || text.charAt(k) == '„' || text.charAt(k) == '«' || text.charAt(k) == '(')) {
      k--;
    }
    if (k < 0 || text.charAt(k) == '\n') {
      return true;
    }
    if (text.charAt(k) != ' ') {
      return false;
    }
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k < 0 || ".!?…:\n".indexOf(text.charAt(k)) >= 0;
  }

  /**
   * "polskiej spółce", "Amerykański fundusz": Polish writes adjectives from place names in lower case, and one that
   * opens a sentence still ends as an adjective before a lower-case noun. NKJP, which the Polish model learnt from,
   * tags them as places; newsflow names no adjective (as in every language), so they are dropped here.
   */
  private static boolean isPolishAdjective(String text, EntityModel.Tagged t) {
    String word = text.substring(t.start(), t.end());
    // Surnames end the same way ("Kowalski powiedział"): a person stays a person.
    if (t.type() == EntityType.PERSON || word.indexOf(' ') >= 0 || word.indexOf('-') >= 0 || word.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(word.codePointAt(0))) {
      return !word.endsWith(".");
    }
    int next = nextWord(text, t);
    return POLISH_ADJECTIVE.matcher(word).find() && next >= 0 && Character.isLowerCase(text.charAt(next));
  }

  /** "Tech Giant Faces Court Battle Over Board Vote": a title-case line of four or more words is no name. */
  private static boolean isWholeTitleLine(String text, EntityModel.Tagged t) {
    boolean lineStart = t.start() == 0 || text.charAt(t.start() - 1) == '\n';
    boolean lineEnd = t.end() == text.length() || text.charAt(t.end()) == '\n';
    return lineStart && lineEnd && text.substring(t.start(), t.end()).split(" ").length >= 4;
  }

  /**
   * "(Reuters)", "(dpa)", "(AP / dpa)": the agency marker of a dateline is a credit, not a name in the story.
   * Every name between the brackets must be an agency, separated by slashes.
   */
  private static boolean isAgencyMarker(String text, EntityModel.Tagged t, Set<String> agencies) {
    int open = t.start() - 1;
    while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != ')' && text.charAt(open) != '\n') {
      open--;
    }
    int close = t.end();
    while (close < text.length() && text.charAt(close) != ')' && text.charAt(close) != '(' && text.charAt(close) != '\n') {
      close++;
    }
    if (open < 0 || close >= text.length() || text.charAt(open) != '(' || text.charAt(close) != ')') {
      return false;
    }
    for (String part : text.substring(open + 1, close).split("/")) {
      if (!agencies.contains(part.strip().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static int tokenEndingAt(Recognition r, int from, int end) {
    if (from < 0) {
      return -1;
    }
    for (int k = from; k < r.tokens.size() && r.tokens.get(k).start() < end; k++) {
      if (r.tokens.get(k).end() == end) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * "Rainer Scholz" is not the listed Olaf Scholz: a full name must agree with the listed one's, or with a
   * full name the lists themselves matched in this article ("Aljaksandr Lukaschenko", an alias of
   * Alexander Lukaschenko).
   */
  private static boolean sameGivenNames(Found listed, String surface) {
    if (listed.type != EntityType.PERSON || listed.entry == null || surface.indexOf(' ') < 0) {
      return true;
    }
    String given = surface.substring(0, surface.indexOf(' ') + 1);
    for (Mention m : listed.mentions) {
      if (m.text().startsWith(given)) {
        return true;
      }
    }
    return listed.entry.canonical(null).startsWith(given);
  }

  /** Listed names the model did not tag, and the rules' sure mentions, whole and on free tokens: the lists are precise there. */
  private static void keepListedNames(Recognition rules, Recognition r) {
    for (Found f : rules.found.values()) {
      if (f.entry == null && rules.sureMentionStarts.isEmpty()) {
        continue;
      }
      for (Mention m : f.mentions) {
        int from = r.tokenAt(m.start());
        int to = tokenEndingAt(r, from, m.end());
        boolean kept = f.entry != null ? namesItInThisLanguage(f, m, r) : rules.sureMentionStarts.contains(m.start());
        if (from >= 0 && to >= 0 && !r.anyUsed(from, to) && kept) {
          r.add(f.id, f.type, f.entry, f.name, from, to);
        }
      }
    }
  }

  /**
   * An entity the rules found and the model confirmed in one mention keeps the rules' other mentions of
   * it, where their tokens are free: the surname after the full name ("Fuest" after "Clemens Fuest"), the
   * town a club is called by ("Bayern" for FC Bayern München).
   */
  private static void keepConfirmedCoreference(Recognition rules, Recognition r) {
    for (Found f : rules.found.values()) {
      if (!r.found.containsKey(f.id)) {
        continue;
      }
      for (Mention m : f.mentions) {
        int from = r.tokenAt(m.start());
        int to = tokenEndingAt(r, from, m.end());
        if (from >= 0 && to >= 0 && !r.anyUsed(from, to) && !isCountryAtCompoundHead(f, m.start(), m.end(), r.text)) {
          r.add(f.id, f.type, f.entry, f.name, from, to);
        }
      }
    }
  }

  /**
   * A listed form the model did not confirm counts only when it has two or more words, or is the entity's
   * name in the article's language or in English, or an inflection of it: "PKW" (the Polish electoral commission's acronym)
   * in German text is a car, "NATO" is NATO everywhere.
   */
  private static boolean namesItInThisLanguage(Found f, Mention m, Recognition r) {
    String text = m.text();
    String language = r.language;
    // A listed form of two or more words ("EU-Kommission", "Weißes Haus") is no short word that
    // means something else in another language.
    if (f.type == EntityType.PERSON || text.indexOf(' ') > 0 || text.indexOf('-') > 0) {
      return true;
    }
    // A country's abbreviation ("USA", "UK", "BRD") stands for it in every newsroom language, but not
    // at the head of a compound ("US-Botschafter").
    if (isCountryAbbreviation(f, text)) {
      return !isCountryAtCompoundHead(f, m.start(), m.end(), r.text);
    }
    for (String name : new String[] {f.entry.names().get(language), f.entry.names().get("en")}) {
      if (name == null) {
        continue;
      }
      int common = 0;
      while (common < Math.min(name.length(), text.length())
          && Character.toLowerCase(name.charAt(common)) == Character.toLowerCase(text.charAt(common))) {
        common++;
      }
      if (common == name.length() && common == text.length()
          || common >= Math.max(4, name.length() - 3) && name.split(" ").length == text.split(" ").length) {
        return true;
      }
    }
    return false;
  }

  /** "Merkels" and "Merkel", "Kaczyńskiego" and "Kaczyński": one entity, named by the shorter form. */
  private static void foldInflections(Recognition r) {
    List<String> endings = ENDINGS.getOrDefault(r.language == null ? "" : r.language, List.of());
    Map<String, Found> byStem = new HashMap<>();
    for (Found f : List.copyOf(r.found.values())) {
      if (f.entry != null) {
        continue;
      }
      String stem = f.type + ":" + stem(f.name, endings);
      Found other = byStem.get(stem);
      if (other == null) {
        byStem.put(stem, f);
      } else {
        Found keep = other.name.length() <= f.name.length() ? other : f;
        Found drop = keep == other ? f : other;
        merge(r, drop, keep);
        byStem.put(stem, keep);
      }
    }
  }

  private static String stem(String name, List<String> endings) {
    for (String ending : endings) {
      if (name.endsWith(ending) && name.length() - ending.length() >= 4) {
        return name.substring(0, name.length() - ending.length());
      }
    }
    return name;
  }

  /**
   * A surname alone ("Scholz") is the person named in full with it ("Rainer Scholz"): the nearest one
   * named before it, else the only one named after it. Different given names stay different people.
   */
  private static void joinSurnames(Recognition r) {
    List<Found> people = r.found.values().stream().filter(f -> f.type == EntityType.PERSON).toList();
    for (Found single : people) {
      if (single.entry != null || single.name == null || single.name.contains(" ")) {
        continue;
      }
      Found target = null;
      int firstMention = single.mentions.get(0).start();
      int bestStart = -1;
      int candidatesAfter = 0;
      Found after = null;
      for (Found full : people) {
        if (full == single || !endsWithSurname(full, single.name)) {
          continue;
        }
        int start = full.mentions.get(0).start();
        if (start < firstMention && start > bestStart) {
          target = full;
          bestStart = start;
        } else if (start >= firstMention) {
          candidatesAfter++;
          after = full;
        }
      }
      if (target == null && candidatesAfter == 1) {
        target = after;
      }
      if (target != null && r.found.containsKey(single.id)) {
        merge(r, single, target);
      }
    }
  }

  /**
   * A bare surname inside an entity ("Scholz", which the lists give to Olaf Scholz) belongs to the
   * person named in full with it most recently before it: after "Rainer Scholz resigned", the next
   * "Scholz" is Rainer, whoever else the lists know by that surname. With no full name before it,
   * the mention stays where it is.
   */
  private static void surnamesToTheNearestFullName(Recognition r) {
    List<Found> people = r.found.values().stream().filter(f -> f.type == EntityType.PERSON).toList();
    for (Found holder : people) {
      for (Mention m : List.copyOf(holder.mentions)) {
        if (m.text().contains(" ")) {
          continue;
        }
        Found nearest = null;
        int nearestStart = -1;
        for (Found full : people) {
          for (Mention f : full.mentions) {
            if (f.start() < m.start() && f.start() > nearestStart && endsWith(f.text(), m.text())) {
              nearest = full;
              nearestStart = f.start();
            }
          }
        }
        if (nearest != null && nearest != holder && r.found.containsKey(nearest.id)) {
          holder.mentions.remove(m);
          nearest.mentions.add(m);
        }
      }
      if (holder.mentions.isEmpty()) {
        r.found.remove(holder.id);
      }
    }
  }

  private static boolean endsWith(String fullName, String surname) {
    return fullName.length() > surname.length() && fullName.endsWith(surname)
        && fullName.charAt(fullName.length() - surname.length() - 1) == ' ';
  }

  private static boolean endsWithSurname(Found full, String surname) {
    for (Mention m : full.mentions) {
      if (endsWith(m.text(), surname)) {
        return true;
      }
    }
    return false;
  }

  private static void merge(Recognition r, Found from, Found into) {
    if (from == into) {
      return;
    }
    into.mentions.addAll(from.mentions);
    r.found.remove(from.id);
  }

  /**
   * A name the model tagged once is the same name where it recurs unmarked in the article; so is the surname of a
   * person named in full where it recurs alone ("Bartłomiej Wierzchoń … Wierzchoń pokonał"), unless someone else in
   * the article has that surname too, or a determiner makes it a common noun ("der Koch").
   */
  private static void tagRecurrences(Recognition r) {
    Map<String, Found> byText = new HashMap<>();
    for (Found f : r.found.values()) {
      for (Mention m : f.mentions) {
        if (Character.isUpperCase(m.text().codePointAt(0))) {
          byText.putIfAbsent(m.text(), f);
        }
      }
    }
    Map<String, Found> surnames = soleSurnames(r);
    surnames.keySet().removeAll(byText.keySet());
    byText.putAll(surnames);
    // Only where a name's first word stands: scanning every token for every name was a sixteenth of enrichment.
    Map<String, List<Integer>> starts = new HashMap<>();
    for (int i = 0; i < r.tokens.size(); i++) {
      starts.computeIfAbsent(r.tokens.get(i).text(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, Found> e : byText.entrySet()) {
      List<Token> parts = Token.split(e.getKey());
      Found f = e.getValue();
      for (int i : starts.getOrDefault(parts.get(0).text(), List.of())) {
        if (i + parts.size() > r.tokens.size() || r.anyUsed(i, i + parts.size())) {
          continue;
        }
        boolean same = true;
        for (int k = 1; k < parts.size() && same; k++) {
          same = r.tokens.get(i + k).text().equals(parts.get(k).text())
              && r.tokens.get(i + k).start() - r.tokens.get(i + k - 1).end() == parts.get(k).start() - parts.get(k - 1).end();
        }
        int to = i + parts.size();
        boolean afterDeterminer = i > 0 && CommonWords.DETERMINERS.contains(r.tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
        boolean commonNoun = afterDeterminer && (f.type == EntityType.PLACE || surnames.containsKey(e.getKey()));
        if (same && !continuesName(r, i - 1, i) && !continuesName(r, to, to - 1) && !commonNoun) {
          r.add(f.id, f.type, f.entry, f.name, i, to);
        }
      }
    }
  }

  /** The last word of each person's full name, for the persons who alone in the article have that last word. */
  private static Map<String, Found> soleSurnames(Recognition r) {
    Map<String, Found> owners = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Found f : r.found.values()) {
      if (f.type != EntityType.PERSON) {
        continue;
      }
      for (Mention m : f.mentions) {
        int space = m.text().lastIndexOf(' ');
        String surname = space < 0 ? "" : m.text().substring(space + 1);
        if (surname.length() < 2 || !Character.isUpperCase(surname.codePointAt(0))) {
          continue;
        }
        Found owner = owners.putIfAbsent(surname, f);
        if (owner != null && owner != f) {
          shared.add(surname);
        }
      }
    }
    owners.keySet().removeAll(shared);
    return owners;
  }

  /** Whether the token at {@code k} extends a name next to {@code edge} (a capitalised word or a hyphen joint). */
  private static boolean continuesName(Recognition r, int k, int edge) {
    if (k < 0 || k >= r.tokens.size()) {
      return false;
    }
    Token t = r.tokens.get(k);
    Token e = r.tokens.get(edge);
    if (t.end() == e.start() || e.end() == t.start()) {
      return t.isWord() || t.text().equals("-");
    }
    String gap = k < edge ? r.text.substring(t.end(), e.start()) : r.text.substring(e.end(), t.start());
    return gap.equals(" ") && t.isWord() && t.isCapitalised();
  }
}
