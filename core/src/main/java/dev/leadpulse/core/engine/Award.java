package dev.leadpulse.core.engine;

/**
 * Points a rule awarded: to a person, or (for account rules) to an account.
 *
 * @param ruleId    the rule that awarded
 * @param messageId the event that caused it; for inactivity, the last activity before the idle stretch
 * @param time      when, in epoch milliseconds (an inactivity award's stamp)
 * @param points    as awarded, in hundredths (points × weight, rounded)
 */
public record Award(String ruleId, String messageId, long time, long points) {}
