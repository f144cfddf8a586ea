/**
 * Feedback and SLAs computed from what the store reads ({@link dev.leadpulse.store.Reports}):
 * response times per owner (trigger to first touch), pure functions over the rows.
 */
package dev.leadpulse.server.reports;
