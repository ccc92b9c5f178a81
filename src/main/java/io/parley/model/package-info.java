/**
 * Immutable records that every other package speaks: articles, actors, meetings, statements and the
 * extraction that ties them to evidence. Depends on nothing but the JDK.
 */
package io.parley.model;
