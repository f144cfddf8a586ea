package dev.leadpulse.core.engine;

/**
 * A person moved from one stage to another. Stage names are empty for "no stage".
 *
 * @param time epoch milliseconds
 * @param why  in words: the condition that now holds, the rule that promoted, or the
 *             condition that stopped holding (for a stage with {@code sticky: false})
 */
public record StageChange(long time, String from, String to, String why) {}
