/**
 * The Funqy functions: thin adapters that decode an event, call one service and encode the result.
 * Nothing depends on this package.
 */
package io.parley.functions;
