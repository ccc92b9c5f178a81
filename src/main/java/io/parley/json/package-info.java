/**
 * The one JSON configuration Parley uses for its contract: ISO dates, nulls kept, stable field order. It must
 * not import any Parley package but {@code model}.
 */
package io.parley.json;
