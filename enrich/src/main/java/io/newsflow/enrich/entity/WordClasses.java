package io.newsflow.enrich.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BrownCluster;
import opennlp.tools.util.featuregen.BrownTokenFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word classes learnt at training time, stored inside the model file (lines {@code path<TAB>word<TAB>count},
 * the Brown-cluster format, read by OpenNLP's Brown token features). Its own artifact type because
 * OpenNLP 2.5.4's Brown-cluster serializer closes the model's zip stream after writing it, which leaves a
 * model that cannot be saved.
 */
public final class WordClasses implements SerializableArtifact {
  private final byte[] lines;
  private final BrownCluster clusters;

  public WordClasses(byte[] lines) {
    this.lines = lines.clone();
    try {
      this.clusters = new BrownCluster(new ByteArrayInputStream(this.lines));
    } catch (IOException e) {
      throw new UncheckedIOException("word classes cannot be read", e);
    }
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes the lines as they are, leaving the model's stream open. */
  public static final class Serializer implements ArtifactSerializer<WordClasses> {
    @Override
    public WordClasses create(InputStream in) throws IOException {
      return new WordClasses(in.readAllBytes());
    }

    @Override
    public void serialize(WordClasses artifact, OutputStream out) throws IOException {
      out.write(artifact.lines);
    }
  }

  /** {@code <generator class="…WordClasses$Features"><str name="dict">NAME</str></generator>}. */
  public static final class Features extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
      Object resource = resourceManager == null ? null : resourceManager.getResource(getStr("dict"));
      if (!(resource instanceof WordClasses classes)) {
        throw new opennlp.tools.util.InvalidFormatException("word classes '" + getStr("dict") + "' are missing from the model");
      }
      return new BrownTokenFeatureGenerator(classes.clusters);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws opennlp.tools.util.InvalidFormatException {
      return Map.of(getStr("dict"), new Serializer());
    }
  }
}
