package io.newsflow.enrich.entity.training;

import java.util.List;

/**
 * One sentence of an annotated corpus as published: its tokens and IOB2 tags (PER/LOC/ORG), and whether
 * a new document starts with it.
 */
record AnnotatedSentence(List<String> tokens, List<String> tags, boolean documentStart) {}
