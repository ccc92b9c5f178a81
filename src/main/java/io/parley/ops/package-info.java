/**
 * What operating Parley needs beside the pipeline: the {@link io.parley.ops.Metrics} port and its CloudWatch
 * Embedded Metric Format writer, the log context (request, correlation and article ids), and re-extraction of
 * every stored article. Depends on no other Parley package, so every layer may report to it.
 */
package io.parley.ops;
