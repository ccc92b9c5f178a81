/**
 * Who an actor is across articles: the one name normaliser ({@link io.parley.actors.NameForm}), the matching
 * rules ({@link io.parley.actors.ActorMatch}), the evidence a country must have ({@link io.parley.actors.CountryEvidence})
 * and a pure resolver over a directory port ({@link io.parley.actors.ActorResolver}); storage only persists what
 * it decides. Pure: it depends on {@code model} and {@code lexicon} only (no store, no AWS, no I/O but lexicons).
 */
package io.parley.actors;
