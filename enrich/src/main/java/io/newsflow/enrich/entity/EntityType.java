package io.newsflow.enrich.entity;

/** The entity kinds the published record distinguishes. */
public enum EntityType { PERSON, PLACE, ORGANISATION }
