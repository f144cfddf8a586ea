/**
 * The composition root: {@link dev.leadpulse.server.app.LeadPulseServer} opens the store,
 * loads the model, replays the log, and wires the pipeline and the HTTP routes with plain
 * constructors.
 */
package dev.leadpulse.server.app;
