/** The demo workspace: the SaaS-trial model and a generator of realistic trial activity. */
package dev.leadpulse.server.demo;
