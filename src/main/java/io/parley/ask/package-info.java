/**
 * Questions over the stored facts: the question parser (pure: no store, no I/O), the resolver of the names in a
 * question, the answers and their ranking, timelines and the who-met-whom graph. It must not import {@code api},
 * {@code functions}, {@code cli}, Quarkus or AWS; the parser must not touch a store port.
 */
package io.parley.ask;
