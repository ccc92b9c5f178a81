/**
 * What operating Parley needs beside the pipeline: the {@link io.parley.ops.Metrics} port and its CloudWatch
 * Embedded Metric Format writer, the log context (request, correlation and article ids), and re-extraction of
 * every stored article. Must not import {@code io.parley.functions} or {@code io.parley.cli}.
 */
package io.parley.ops;
