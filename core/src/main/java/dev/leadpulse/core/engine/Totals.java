package dev.leadpulse.core.engine;

/**
 * Engagement as of a time: each category's value (decayed, then capped) and the sum (then
 * raised to the floor).
 *
 * @param uncapped   per category index, the sum of award values before the cap
 * @param capped     per category index, after the cap
 * @param raw        the sum of capped values, before the floor
 * @param engagement the engagement part of the score
 */
record Totals(long[] uncapped, long[] capped, long raw, long engagement) {}
