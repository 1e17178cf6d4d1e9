/**
 * Helpers the formats share: reading inputs within limits, text rules, date finding, atomic file
 * writes. Not exported from the module and not API: it may change in any release.
 */
package dev.pressroom.internal;
