/**
 * Internal machinery shared by the venue clients (HTTP with retries and rate limits, JSON field
 * access with messages naming venue, endpoint and field, gap detection). Not exported.
 */
package io.github.basisspread.venues.internal;
