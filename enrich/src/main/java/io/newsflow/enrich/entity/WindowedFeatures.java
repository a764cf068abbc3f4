package io.newsflow.enrich.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.XmlUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A model's feature generators as its descriptor builds them, with what the windows repeat computed once per token.
 * OpenNLP's {@code WindowFeatureGenerator} asks its inner generator for every token of the window, so with two tokens
 * either side each token's word, class, affix, cue and cluster features are built five times per sentence (and the
 * rule opinions of the decoder's eight-token window seventeen times). Here each window's inner generator is wrapped in a
 * {@link Memo} that keeps one sentence's features per token index, so the window yields the same strings in the same
 * order from one computation. That is exact only for generators whose features depend on the sentence's tokens and the
 * index alone (no previous outcomes, no adaptive data): the {@link #PURE} ones; windows over anything else are left as
 * they are. OpenNLP's own {@code CachedFeatureGenerator} makes the same assumption about a sentence's token array.
 * {@code WindowedFeaturesTest} compares the features with OpenNLP's on the dev sets.
 *
 * <p>Written here because OpenNLP builds its generators from the descriptor with no hook to share work between them.
 */
public final class WindowedFeatures {
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
  private static final String WINDOW = "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory";
  /** Generators whose features are a function of (tokens, index) only. */
  private static final Set<String> PURE = Set.of(
      "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
      NameCueFeatures.Factory.class.getName(),
      WordClasses.Features.class.getName());

  private WindowedFeatures() {}

  /** The model's context generator, its windows over pure generators memoised; OpenNLP's own when none is. */
  static NameContextGenerator of(TokenNameFinderModel model) {
    Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
    byte[] memoised = descriptor instanceof byte[] xml ? memoised(xml) : null;
    if (memoised == null) {
      return model.getFactory().createContextGenerator();
    }
    try {
      return new DefaultNameContextGenerator(GeneratorFactory.create(new ByteArrayInputStream(memoised), model::getArtifact));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the entity model's feature generators", e);
    }
  }

  /** The descriptor with a memo around every pure generator directly inside a window; null when there is none. */
  static byte[] memoised(byte[] descriptor) {
    try {
      Document dom = XmlUtil.createDocumentBuilder().parse(new ByteArrayInputStream(descriptor));
      if (!memoiseWindows(dom.getDocumentElement())) {
        return null;
      }
      ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(dom), new StreamResult(rewritten));
      return rewritten.toByteArray();
    } catch (SAXException | TransformerException e) {
      // The model loaded, so OpenNLP read this descriptor: failing here is a defect of this class, not of the model.
      throw new IllegalStateException("cannot rewrite the entity model's feature descriptor", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity model's feature descriptor", e);
    }
  }

  /** Wraps every pure generator directly inside a window in a memo; whether any was wrapped. */
  private static boolean memoiseWindows(Element element) {
    boolean wrapped = false;
    boolean window = WINDOW.equals(element.getAttribute("class"));
    for (Element child : generatorChildren(element)) {
      if (window && pure(child)) {
        Element memo = element.getOwnerDocument().createElement("generator");
        memo.setAttribute("class", Memo.Factory.class.getName());
        element.replaceChild(memo, child);
        memo.appendChild(child);
        wrapped = true;
      } else {
        wrapped |= memoiseWindows(child);
      }
    }
    return wrapped;
  }

  private static boolean pure(Element generator) {
    if (!PURE.contains(generator.getAttribute("class"))) {
      return false;
    }
    return generatorChildren(generator).stream().allMatch(WindowedFeatures::pure);
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

  /**
   * One sentence's features of a pure generator, per token index, computed on first use. A new token array is a
   * new sentence (the contract OpenNLP's CachedFeatureGenerator relies on too); {@link #forget} starts over
   * explicitly, for a generator whose output also depends on state set per sentence.
   */
  public static final class Memo implements AdaptiveFeatureGenerator {
    private final AdaptiveFeatureGenerator generator;
    private String[] sentence;
    private List<String>[] byToken;

    Memo(AdaptiveFeatureGenerator generator) {
      this.generator = generator;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentence = tokens;
        byToken = new List[tokens.length];
      }
      List<String> known = byToken[index];
      if (known == null) {
        known = new ArrayList<>();
        generator.createFeatures(known, tokens, index, previousOutcomes);
        byToken[index] = known;
      }
      features.addAll(known);
    }

    void forget() {
      sentence = null;
      byToken = null;
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
      generator.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
      forget();
      generator.clearAdaptiveData();
    }

    /** {@code <generator class="…WindowedFeatures$Memo$Factory"><generator …/></generator>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
      @Override
      public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        Object inner = args.get("generator#0");
        if (!(inner instanceof AdaptiveFeatureGenerator generator)) {
          throw new InvalidFormatException("a memo must contain one generator");
        }
        return new Memo(generator);
      }
    }
  }
}
