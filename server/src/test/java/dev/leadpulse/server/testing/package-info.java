/**
 * What the server's HTTP tests share: a client that speaks JSON ({@link
 * dev.leadpulse.server.testing.Http}), a server on a random port with a temporary store
 * ({@link dev.leadpulse.server.testing.TestServer}), the shared scenarios and how their
 * expectations are compared ({@link dev.leadpulse.server.testing.SharedScenarios}), and
 * reading Prometheus metrics ({@link dev.leadpulse.server.testing.Metrics}).
 */
package dev.leadpulse.server.testing;
