package io.newsflow.enrich.structure;

/** The kinds of body block the published record knows (Avro enum BlockType). */
public enum BlockType { PARAGRAPH, SUBHEADING, QUOTE }
