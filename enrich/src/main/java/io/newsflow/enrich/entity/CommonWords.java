package io.newsflow.enrich.entity;

import java.util.Set;

/** Word lists that several layers consult. */
final class CommonWords {
  private CommonWords() {}

  /** Words that put a noun, not a place name, after them ("das Essen", "beim Essen", "the Reading"). */
  static final Set<String> DETERMINERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "zum", "zur", "beim", "vom",
      "the", "a", "an", "le", "la", "les", "l", "un", "une", "du");
  /**
   * Lower-case words that join the words of a name ("Bund für Umwelt und Naturschutz", "Frankfurt am Main",
   * "Bank of America", "Sąd Okręgowy w Warszawie", "Uniwersytet im. Adama Mickiewicza").
   */
  static final Set<String> NAME_JOINERS = Set.of(
      "für", "und", "der", "die", "das", "des", "dem", "den", "von", "vom", "zu", "zum", "zur", "am", "an", "im", "in", "auf",
      "ob", "vor", "unter", "bei", "über", "e",
      "of", "and", "the", "for", "on", "at", "upon", "de", "da", "di", "du", "del", "la", "le", "van", "ter", "ten", "y",
      "i", "w", "we", "z", "ze", "na", "do", "dla", "pod", "oraz", "nad", "przy");
  /** Months, weekdays and languages, capitalised after "in" but never places. */
  static final Set<String> CALENDAR = Set.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Parliament", "Congress", "Court",
      "English", "French", "German", "Spanish", "Polish", "Italian", "Russian", "Chinese", "Arabic", "Ukrainian",
      "Januar", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
      "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag");
}
