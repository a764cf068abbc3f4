package io.newsflow.enrich.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.XmlUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * For each token of a sentence, the {@link FeatureWeights} records of the features OpenNLP 2.5's name finder gives it
 * (the model's feature descriptor, then NameFinderME's window of eight tokens either side over the caller's
 * additional context), in OpenNLP's order, without building the feature strings token after token. Written here
 * for speed: building some fifty strings per token and looking each up by its characters was most of the entity
 * model's time on news pages (JFR). Most of those features come from generators that read the token alone (its
 * class, word, affixes, cues, word classes: {@link #OWN_TOKEN_ONLY}) set in windows, so a token's records at every
 * window position are a function of its string: they are looked up once per distinct token string and kept (up to
 * {@link #CACHED_TOKENS} strings, then started over; news repeats its words), and the additional context's once per
 * opinion string. The bigram features are built as OpenNLP's bigram generator builds them, from the cached token
 * classes. Every other generator (previous map, definition, sentence start, whatever another descriptor names) is
 * OpenNLP's own, its strings looked up as they come. Records of features the model lacks are left out, as they add
 * nothing; so a token's sums are the same doubles added in the same order as NameFinderME's. The previous-outcome
 * features ({@code pow}, {@code powf}) that depend on the token are kept per token string too. {@code
 * ContextRecordsTest} compares every record with OpenNLP's strings on the dev sets, {@code PerceptronDecoderTest} the
 * names found. One instance per decoder, so per thread: the cache and the adaptive data are not shared.
 */
final class ContextRecords {
  /** Distinct token strings kept per decoder (thread and language): about 400 bytes each, some 7 MB when full. */
  static final int CACHED_TOKENS = 1 << 14;
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
  private static final String FACTORIES = "opennlp.tools.util.featuregen.";
  private static final String WINDOW = FACTORIES + "WindowFeatureGeneratorFactory";
  private static final String BIGRAM = FACTORIES + "BigramNameFeatureGeneratorFactory";
  /** Generators whose features are a function of {@code tokens[index]} alone, with no adaptive data. */
  private static final Set<String> OWN_TOKEN_ONLY = Set.of(
      FACTORIES + "TokenClassFeatureGeneratorFactory",
      FACTORIES + "TokenFeatureGeneratorFactory",
      FACTORIES + "PrefixFeatureGeneratorFactory",
      FACTORIES + "SuffixFeatureGeneratorFactory",
      NameCueFeatures.Factory.class.getName(),
      WordClasses.Features.class.getName());
  /** NameFinderME's window over the additional context, either side. */
  private static final int CONTEXT_WINDOW = 8;
  /** Token classes numbered for the bigram tables; FeatureGeneratorUtil has sixteen. */
  private static final int CLASSES = 32;
  private static final int UNKNOWN = Integer.MIN_VALUE;

  private final FeatureWeights weights;
  private final List<Part> parts = new ArrayList<>();
  private final List<AdaptiveFeatureGenerator> adaptive = new ArrayList<>();
  private final List<OwnTokenWindow> windows = new ArrayList<>();
  private int slots;
  /** Previous outcomes by the decoder's numbers, the last standing for before the sentence. */
  private final String[] previous;
  private final Map<String, Token> known = new HashMap<>();
  private final Map<String, int[]> opinions = new HashMap<>();
  private final Map<String, Integer> classNumbers = new HashMap<>();
  /** The bigram generator's class-pair records ({@code pwc,wc=}, then {@code wc,nc=}), by class numbers. */
  private final int[] classPairs = filled(2 * CLASSES * CLASSES);
  private final AdditionalContextFeatureGenerator opinion = new AdditionalContextFeatureGenerator();
  private final List<String> strings = new ArrayList<>();

  private String[] tokens;
  private Token[] sentence;
  private String[][] context;

  /** What a token string's records are wherever it stands. */
  private static final class Token {
    /** Per window slot, its first record's position; then the records. */
    final int[] windowed;
    final String form;
    final String wordClass;
    final int classNumber;
    /** The {@code pow} and {@code powf} records per previous outcome, {@link #UNKNOWN} until looked up. */
    final int[] pow;
    final int[] powf;

    Token(int[] windowed, String form, String wordClass, int classNumber, int outcomes) {
      this.windowed = windowed;
      this.form = form;
      this.wordClass = wordClass;
      this.classNumber = classNumber;
      pow = new int[outcomes];
      powf = new int[outcomes];
      Arrays.fill(pow, UNKNOWN);
      Arrays.fill(powf, UNKNOWN);
    }
  }

  /** One generator of the descriptor, adding its records for a token. */
  private interface Part {
    void add(Records out, int index);
  }

  /** A growing list of records, reused from token to token. */
  static final class Records {
    private int[] records = new int[64];
    private int size;

    void clear() {
      size = 0;
    }

    void add(int record) {
      if (record == FeatureWeights.ABSENT) {
        return;
      }
      if (size == records.length) {
        records = Arrays.copyOf(records, size * 2);
      }
      records[size++] = record;
    }

    int size() {
      return size;
    }

    int get(int k) {
      return records[k];
    }

    int[] toArray() {
      return Arrays.copyOf(records, size);
    }
  }

  /**
   * @param outcomes the model's outcomes, numbered as the decoder numbers previous outcomes; the number after the last
   *     stands for before the sentence (NameFinderME.OTHER)
   */
  ContextRecords(TokenNameFinderModel model, FeatureWeights weights, String[] outcomes) {
    this.weights = weights;
    previous = Arrays.copyOf(outcomes, outcomes.length + 1);
    previous[outcomes.length] = NameFinderME.OTHER;
    Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
    Element root = descriptor instanceof byte[] xml ? root(xml) : null;
    if (root == null || !root.getTagName().equals("featureGenerators")) {
      AdaptiveFeatureGenerator all = model.getFactory().createFeatureGenerators();
      adaptive.add(all);
      parts.add(generic(all));
      return;
    }
    for (Element element : generatorChildren(root)) {
      compile(element, model);
    }
  }

  private void compile(Element element, TokenNameFinderModel model) {
    String type = element.getAttribute("class");
    List<Element> inner = generatorChildren(element);
    if (WINDOW.equals(type) && inner.size() == 1 && ownTokenOnly(inner.get(0))) {
      add(new OwnTokenWindow(generator(inner.get(0), model), slots, number(element, "prevLength"), number(element, "nextLength")));
    } else if (ownTokenOnly(element)) {
      add(new OwnTokenWindow(generator(element, model), slots, 0, 0));
    } else if (BIGRAM.equals(type) && inner.isEmpty()) {
      parts.add(this::bigrams);
    } else {
      AdaptiveFeatureGenerator generator = generator(element, model);
      adaptive.add(generator);
      parts.add(generic(generator));
    }
  }

  private void add(OwnTokenWindow window) {
    windows.add(window);
    parts.add(window);
    slots += 1 + window.prev + window.next;
  }

  /** Starts a sentence: its tokens and the caller's additional context (may be null). */
  void sentence(String[] tokens, String[][] additionalContext) {
    this.tokens = tokens;
    this.context = additionalContext;
    sentence = new Token[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      sentence[i] = token(tokens[i], i);
    }
  }

  /** The records of token {@code index}'s features that do not depend on previous outcomes, in OpenNLP's order. */
  void shared(int index, Records out) {
    for (Part part : parts) {
      part.add(out, index);
    }
    if (context != null && context.length != 0) {
      addOpinions(out, index, 0);
      for (int k = 1; k <= CONTEXT_WINDOW; k++) {
        if (index - k >= 0) {
          addOpinions(out, index - k, k);
        }
      }
      for (int k = 1; k <= CONTEXT_WINDOW; k++) {
        if (index + k < tokens.length) {
          addOpinions(out, index + k, CONTEXT_WINDOW + k);
        }
      }
    }
  }

  /** The record of {@code pow=<previous>,<token>}, as DefaultNameContextGenerator builds it; ABSENT if none. */
  int pow(int index, int last) {
    Token t = sentence[index];
    if (t.pow[last] == UNKNOWN) {
      t.pow[last] = weights.find("pow=" + previous[last] + "," + t.form);
    }
    return t.pow[last];
  }

  /** The record of {@code powf=<previous>,<token class>}; ABSENT if none. */
  int powf(int index, int last) {
    Token t = sentence[index];
    if (t.powf[last] == UNKNOWN) {
      t.powf[last] = weights.find("powf=" + previous[last] + "," + t.wordClass);
    }
    return t.powf[last];
  }

  void updateAdaptiveData(String[] sentenceTokens, String[] outcomes) {
    for (AdaptiveFeatureGenerator generator : adaptive) {
      generator.updateAdaptiveData(sentenceTokens, outcomes);
    }
  }

  void clearAdaptiveData() {
    for (AdaptiveFeatureGenerator generator : adaptive) {
      generator.clearAdaptiveData();
    }
  }

  private Token token(String form, int index) {
    Token t = known.get(form);
    if (t != null) {
      return t;
    }
    int[] starts = new int[slots + 1];
    Records records = new Records();
    for (OwnTokenWindow window : windows) {
      window.lookUp(records, starts, index);
    }
    starts[slots] = records.size();
    int[] windowed = new int[slots + 1 + records.size()];
    for (int s = 0; s <= slots; s++) {
      windowed[s] = starts[s] + slots + 1;
    }
    System.arraycopy(records.records, 0, windowed, slots + 1, records.size());
    String wordClass = FeatureGeneratorUtil.tokenFeature(form);
    Integer number = classNumbers.computeIfAbsent(wordClass, c -> classNumbers.size());
    if (known.size() >= CACHED_TOKENS) {
      known.clear();
    }
    t = new Token(windowed, form, wordClass, number, previous.length);
    known.put(form, t);
    return t;
  }

  /**
   * A window over a generator that reads the token alone: WindowFeatureGenerator's features (the token's own, then
   * {@code p1…} for the tokens before, {@code n1…} after) from each token's records per slot.
   */
  private final class OwnTokenWindow implements Part {
    final AdaptiveFeatureGenerator generator;
    final int base;
    final int prev;
    final int next;

    OwnTokenWindow(AdaptiveFeatureGenerator generator, int base, int prev, int next) {
      this.generator = generator;
      this.base = base;
      this.prev = prev;
      this.next = next;
    }

    @Override
    public void add(Records out, int index) {
      addSlot(out, sentence[index], base);
      for (int k = 1; k <= prev; k++) {
        if (index - k >= 0) {
          addSlot(out, sentence[index - k], base + k);
        }
      }
      for (int k = 1; k <= next; k++) {
        if (index + k < sentence.length) {
          addSlot(out, sentence[index + k], base + prev + k);
        }
      }
    }

    /** The token's features in every slot of this window, looked up. */
    void lookUp(Records records, int[] starts, int index) {
      strings.clear();
      generator.createFeatures(strings, tokens, index, null);
      starts[base] = records.size();
      for (String feature : strings) {
        records.add(weights.find(feature));
      }
      for (int k = 1; k <= prev; k++) {
        starts[base + k] = records.size();
        for (String feature : strings) {
          records.add(weights.find(WindowFeatureGenerator.PREV_PREFIX + k + feature));
        }
      }
      for (int k = 1; k <= next; k++) {
        starts[base + prev + k] = records.size();
        for (String feature : strings) {
          records.add(weights.find(WindowFeatureGenerator.NEXT_PREFIX + k + feature));
        }
      }
    }
  }

  private static void addSlot(Records out, Token t, int slot) {
    int[] w = t.windowed;
    for (int r = w[slot], end = w[slot + 1]; r < end; r++) {
      out.add(w[r]);
    }
  }

  /** OpenNLP's BigramNameFeatureGenerator: word pairs with the tokens either side, and their classes. */
  private void bigrams(Records out, int index) {
    Token t = sentence[index];
    if (index > 0) {
      Token before = sentence[index - 1];
      out.add(weights.find("pw,w=", before.form, t.form));
      out.add(classPair(before, t, "pwc,wc=", 0));
    }
    if (index + 1 < sentence.length) {
      Token after = sentence[index + 1];
      out.add(weights.find("w,nw=", t.form, after.form));
      out.add(classPair(t, after, "wc,nc=", CLASSES * CLASSES));
    }
  }

  /** The record of a class pair, as {@code pwc,wc=ic,lc}; looked up once per pair (token classes are few). */
  private int classPair(Token first, Token second, String prefix, int table) {
    if (first.classNumber >= CLASSES || second.classNumber >= CLASSES) {
      return weights.find(prefix + first.wordClass + "," + second.wordClass);
    }
    int at = table + first.classNumber * CLASSES + second.classNumber;
    if (classPairs[at] == UNKNOWN) {
      classPairs[at] = weights.find(prefix + first.wordClass + "," + second.wordClass);
    }
    return classPairs[at];
  }

  private void addOpinions(Records out, int position, int slot) {
    for (String s : context[position]) {
      int[] bySlot = opinions.get(s);
      if (bySlot == null) {
        bySlot = opinionRecords(s);
      }
      out.add(bySlot[slot]);
    }
  }

  /** An opinion's records in each slot of the window: AdditionalContextFeatureGenerator's feature, prefixed. */
  private int[] opinionRecords(String s) {
    strings.clear();
    opinion.setCurrentContext(new String[][] {{s}});
    opinion.createFeatures(strings, new String[] {""}, 0, null);
    String feature = strings.get(0);
    int[] bySlot = new int[1 + 2 * CONTEXT_WINDOW];
    bySlot[0] = weights.find(feature);
    for (int k = 1; k <= CONTEXT_WINDOW; k++) {
      bySlot[k] = weights.find(WindowFeatureGenerator.PREV_PREFIX + k + feature);
      bySlot[CONTEXT_WINDOW + k] = weights.find(WindowFeatureGenerator.NEXT_PREFIX + k + feature);
    }
    if (opinions.size() >= CACHED_TOKENS) {
      opinions.clear();
    }
    opinions.put(s, bySlot);
    return bySlot;
  }

  private Part generic(AdaptiveFeatureGenerator generator) {
    return (out, index) -> {
      strings.clear();
      generator.createFeatures(strings, tokens, index, null);
      for (String feature : strings) {
        out.add(weights.find(feature));
      }
    };
  }

  private static int[] filled(int length) {
    int[] a = new int[length];
    Arrays.fill(a, UNKNOWN);
    return a;
  }

  private static Element root(byte[] descriptor) {
    try {
      return XmlUtil.createDocumentBuilder().parse(new ByteArrayInputStream(descriptor)).getDocumentElement();
    } catch (SAXException e) {
      // The model loaded, so OpenNLP read this descriptor: failing here is a defect of this class, not of the model.
      throw new IllegalStateException("cannot read the entity model's feature descriptor", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity model's feature descriptor", e);
    }
  }

  /** One generator element built by OpenNLP's GeneratorFactory, as it builds it inside the whole descriptor. */
  private static AdaptiveFeatureGenerator generator(Element element, TokenNameFinderModel model) {
    try {
      Document single = XmlUtil.createDocumentBuilder().newDocument();
      Element root = single.createElement("featureGenerators");
      single.appendChild(root);
      root.appendChild(single.importNode(element, true));
      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(single), new StreamResult(xml));
      return GeneratorFactory.create(new ByteArrayInputStream(xml.toByteArray()), model::getArtifact);
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot rewrite the entity model's feature descriptor", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the entity model's feature generators", e);
    }
  }

  private static boolean ownTokenOnly(Element generator) {
    return OWN_TOKEN_ONLY.contains(generator.getAttribute("class")) && generatorChildren(generator).isEmpty();
  }

  private static int number(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("int") && e.getAttribute("name").equals(name)) {
        return Integer.parseInt(e.getTextContent().trim());
      }
    }
    throw new IllegalStateException("window in the entity model's feature descriptor without " + name);
  }

  private static List<Element> generatorChildren(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && child.getTagName().equals("generator")) {
        children.add(child);
      }
    }
    return children;
  }
}
