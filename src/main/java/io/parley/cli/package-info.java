/**
 * The local command line ({@code ./parley}): a plain Java main, no Quarkus boot, one class per subcommand.
 * Nothing depends on this package.
 */
package io.parley.cli;
