/** The one JSON configuration Parley uses for its contract: ISO dates, nulls kept, stable field order. */
package io.parley.json;
