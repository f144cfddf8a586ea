/** What the server tells its operators: Prometheus metrics and health. */
package dev.leadpulse.server.observe;
