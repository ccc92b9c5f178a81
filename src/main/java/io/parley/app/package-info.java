/**
 * The one wiring: {@link io.parley.app.Parley#wire} builds every service from the ports, one UTC clock and the
 * settings, for the Funqy functions, the command line and the tests. It must not import {@code functions},
 * {@code cli}, Quarkus, CDI or AWS types (the callers bring the ports).
 */
package io.parley.app;
