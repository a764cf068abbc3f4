package io.newsflow.ingest.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The form of an article URL used for its id, so that re-sends of the same page get the same id even
 * when a scraper writes {@code HTTPS://WP.pl/a/} one day and {@code https://wp.pl/a#comments} the
 * next. Scheme and host are lower-cased, the default port, the fragment and trailing slashes go;
 * path and query are kept as sent, because servers may treat their case and order as meaningful.
 */
public final class CanonicalUrl {
  private CanonicalUrl() {}

  public static String of(String url) throws InvalidUrlException {
    String trimmed = url.trim();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new InvalidUrlException("url '" + trimmed + "' is not a valid URL: " + e.getReason()
          + (e.getIndex() >= 0 ? " at character " + e.getIndex() : ""));
    }
    if (uri.getScheme() == null || uri.isOpaque() || uri.getRawAuthority() == null) {
      throw new InvalidUrlException("url '" + trimmed + "' must be absolute with a host, e.g. https://example.com/news/1");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String authority = withoutDefaultPort(scheme, uri.getRawAuthority().toLowerCase(Locale.ROOT));
    String path = uri.getRawPath() == null ? "" : stripTrailingSlashes(uri.getRawPath());
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return scheme + "://" + authority + path + query;
  }

  private static String withoutDefaultPort(String scheme, String authority) {
    if (scheme.equals("http") && authority.endsWith(":80")) {
      return authority.substring(0, authority.length() - 3);
    }
    if (scheme.equals("https") && authority.endsWith(":443")) {
      return authority.substring(0, authority.length() - 4);
    }
    return authority;
  }

  private static String stripTrailingSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }
}
