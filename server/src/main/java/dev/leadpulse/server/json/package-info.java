/** JSON forms of scores and explanations, shared by the command line and the API. */
package dev.leadpulse.server.json;
