/**
 * The scoring model as records and sealed rule types: what a model file says, checked when
 * built. Reading and writing the YAML form lives in {@code model.yaml}; what a model means
 * is defined by the engine and documented in the model guide.
 */
package dev.leadpulse.core.model;
