/**
 * The dashboard: server-rendered pages (JTE templates in {@code src/main/jte}, compiled at build
 * time) made live with htmx and server-sent events. Sign-in with roles: an admin edits the model
 * and the plays; a rep works their own queue. Pages read the store and the live board; they
 * never score anything themselves.
 */
package dev.leadpulse.server.web;
