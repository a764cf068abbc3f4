package io.newsflow.enrich.language;

import io.newsflow.enrich.text.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A cheap first opinion on the language: count function words ("der", "the", "się", "les") of
 * each served language. News prose of a few hundred characters usually has a dozen of them, all
 * from one language; then the vote is decisive and Lingua's n-gram scoring (the costliest step of
 * the enrichment) is skipped. Mixed or short text gets no verdict and goes to Lingua.
 */
final class FunctionWordVote {
  /** Votes the winner needs, and how many times the runner-up's votes. */
  private static final int MIN_VOTES = 5;
  private static final int MIN_RATIO = 4;

  private final List<String> languages;
  private final Map<String, Integer> languageOf = new HashMap<>();

  FunctionWordVote() {
    List<String> lines = DataFile.lines("language/function-words.txt");
    languages = lines.stream().map(l -> l.substring(0, l.indexOf('\t'))).toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (String word : line.substring(line.indexOf('\t') + 1).split(" ")) {
        Integer clash = languageOf.putIfAbsent(word.toLowerCase(Locale.ROOT), i);
        if (clash != null && clash != i) {
          throw new IllegalStateException("language/function-words.txt: '" + word + "' is listed for "
              + languages.get(clash) + " and " + languages.get(i) + "; a vote must count for one language only");
        }
      }
    }
  }

  /** The ISO 639-1 code when the function words clearly agree, else empty. */
  Optional<String> decisive(String text) {
    int[] votes = new int[languages.size()];
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 8) {
        Integer language = languageOf.get(text.substring(start, i).toLowerCase(Locale.ROOT));
        if (language != null) {
          votes[language]++;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < votes.length; k++) {
      if (votes[k] > votes[best]) {
        best = k;
      }
    }
    for (int k = 0; k < votes.length; k++) {
      if (k != best && votes[k] * MIN_RATIO > votes[best]) {
        return Optional.empty();
      }
    }
    return votes[best] >= MIN_VOTES ? Optional.of(languages.get(best)) : Optional.empty();
  }
}
