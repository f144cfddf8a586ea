package dev.leadpulse.server.web;

import java.util.List;

/**
 * The top of a person's page: who they are and where they stand. Amounts already written out.
 *
 * @param owner      the owner's name, or empty
 * @param lastSeen   how long ago their latest event was, or empty
 * @param identities the other ids they are known by (anonymous visitors merged into them)
 * @param verdictUrl where the verdict buttons post
 */
public record PersonHeader(String id, String name, String title, String email, String account, String accountUrl,
    String stage, String grade, String owner, String score, String fit, String engagement, String lastSeen,
    List<String> identities, String verdictUrl) {}
