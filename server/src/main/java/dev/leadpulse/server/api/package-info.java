/**
 * The query and admin API under {@code /api/} (bearer admin tokens), plus {@code /health} and
 * {@code /metrics}. Errors are {@code {"code", "message"}} with a fitting status, mapped in
 * one place ({@link dev.leadpulse.server.api.ApiErrors}).
 */
package dev.leadpulse.server.api;
