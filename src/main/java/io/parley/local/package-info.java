/**
 * Starts and stops the open-source local stand-ins for AWS (dynalite, s3rver) that {@code ./parley}
 * and the tests use. Used only by {@code cli} and tests; the Lambda functions never touch it.
 */
package io.parley.local;
