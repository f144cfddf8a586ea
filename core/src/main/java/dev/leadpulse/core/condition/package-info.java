/**
 * Conditions in CEL: compiled once per model, per context (engagement, fit, stage, the
 * {@code per} key), and evaluated against lazily resolved variables. A condition that fails
 * at run time is false for that evaluation and the failure is reported, never thrown.
 */
package dev.leadpulse.core.condition;
