package io.newsflow.enrich.entity;

/**
 * One token as the entity model reads it: {@code form} is what the features see, {@code start}/{@code end}
 * point into the article text exactly as printed (the form may differ, see {@link NameTokens}).
 */
public record NameToken(String form, int start, int end) {}
