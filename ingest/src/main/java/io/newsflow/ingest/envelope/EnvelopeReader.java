package io.newsflow.ingest.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one envelope from JSON text. Strict on purpose: an unknown field is usually a typo
 * ({@code sourceId} for {@code source_id}) that would otherwise silently change the article's id.
 */
public final class EnvelopeReader {
  public static final Set<String> FIELDS =
      Set.of("source", "url", "source_id", "content_type", "body", "body_base64", "charset", "metadata");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private EnvelopeReader() {}

  /** Whether the text is one JSON object (an envelope, or at least meant as one). */
  public static boolean isJsonObject(String text) {
    try {
      JsonNode root = JSON.readTree(text);
      return root != null && root.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  public static Envelope read(String json) throws MalformedEnvelopeException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new MalformedEnvelopeException("not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : ""));
    }
    if (root == null || root.isMissingNode()) {
      throw new MalformedEnvelopeException("no JSON object: the envelope is empty");
    }
    if (!root.isObject()) {
      throw new MalformedEnvelopeException("an envelope is a JSON object, got " + root.getNodeType().name().toLowerCase());
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new MalformedEnvelopeException("unknown field '" + name + "'; an envelope has "
            + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    String body = string(root, "body");
    String base64 = string(root, "body_base64");
    String charset = string(root, "charset");
    if (body == null && base64 == null) {
      throw new MalformedEnvelopeException("no \"body\" (text) or \"body_base64\" (bytes)");
    }
    if (body != null && base64 != null) {
      throw new MalformedEnvelopeException("both \"body\" and \"body_base64\"; give one");
    }
    if (charset != null && base64 == null) {
      throw new MalformedEnvelopeException("\"charset\" describes \"body_base64\" bytes; a \"body\" string is already text");
    }
    byte[] bytes = null;
    if (base64 != null) {
      try {
        // The basic decoder, not the MIME one: that skips characters outside the alphabet, so
        // garbage would become an empty or truncated body instead of an error.
        bytes = Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
      } catch (IllegalArgumentException e) {
        throw new MalformedEnvelopeException("\"body_base64\" is not Base64: " + e.getMessage());
      }
    }
    return new Envelope(string(root, "source"), string(root, "url"), string(root, "source_id"),
        string(root, "content_type"), body, bytes, charset, metadata(root));
  }

  private static String string(JsonNode root, String field) throws MalformedEnvelopeException {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new MalformedEnvelopeException("\"" + field + "\" must be a string, got " + node.getNodeType().name().toLowerCase());
    }
    return node.textValue();
  }

  private static Map<String, String> metadata(JsonNode root) throws MalformedEnvelopeException {
    JsonNode node = root.get("metadata");
    Map<String, String> metadata = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return metadata;
    }
    if (!node.isObject()) {
      throw new MalformedEnvelopeException("\"metadata\" must be an object of strings");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new MalformedEnvelopeException("metadata \"" + field.getKey() + "\" must be a string, got "
            + field.getValue().getNodeType().name().toLowerCase() + " (join lists, e.g. \"tags\": \"a,b\")");
      }
      metadata.put(field.getKey(), field.getValue().textValue());
    }
    return metadata;
  }
}
