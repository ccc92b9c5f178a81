/**
 * Adapters from Parley's services to AWS messaging and object storage: the SQS extract queue and S3 object
 * reads. Nothing here decides anything; it only moves bytes.
 */
package io.parley.aws;
