package dev.leadpulse.server.web;

/** A person of an account as the account's page lists them. Amounts already written out. */
public record AccountMember(String id, String url, String name, String title, String score, String engagement,
    String stage, String grade) {}
