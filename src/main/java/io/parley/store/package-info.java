/**
 * The DynamoDB single-table store: the table's definition, keys and item mapping. The only package that
 * sees {@code AttributeValue}; it must not import {@code functions} or {@code cli}.
 */
package io.parley.store;
