package io.newsflow.embedded.registry;

/** Avro schemas of an article record as it evolves, for the registry tests. */
final class Schemas {

    private Schemas() {
    }

    static final String ARTICLE_V1 = """
            {"type":"record","name":"Article","namespace":"io.newsflow.test","fields":[
              {"name":"headline","type":"string"}]}""";

    /** Adds a field with a default: readers on v2 can read v1 data (backward compatible). */
    static final String ARTICLE_V2 = """
            {"type":"record","name":"Article","namespace":"io.newsflow.test","fields":[
              {"name":"headline","type":"string"},
              {"name":"language","type":"string","default":"und"}]}""";

    /** Adds a field without a default: v3 readers cannot read v2 data (not backward compatible). */
    static final String ARTICLE_WITHOUT_DEFAULT = """
            {"type":"record","name":"Article","namespace":"io.newsflow.test","fields":[
              {"name":"headline","type":"string"},
              {"name":"language","type":"string","default":"und"},
              {"name":"lead","type":"string"}]}""";

    static final String CREDIT = """
            {"type":"record","name":"Credit","namespace":"io.newsflow.test","fields":[
              {"name":"byline","type":"string"}]}""";
}
