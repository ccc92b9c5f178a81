package io.parley.model;

/** Direct quotation or reported speech. */
public enum StatementKind { DIRECT, INDIRECT }
