package dev.leadpulse.core.engine;

/**
 * A person's event that matched an account rule; the account book counts distinct people
 * from these.
 *
 * @param rule the index of the rule in the model's engagement list
 */
public record AccountHit(int rule, String accountId, String personId, long time, String messageId) {}
