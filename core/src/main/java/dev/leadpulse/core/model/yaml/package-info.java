/**
 * The model file: reading YAML with line numbers into a {@link dev.leadpulse.core.model.Model},
 * reporting every problem at once ({@link dev.leadpulse.core.model.yaml.Problem}), and
 * writing a model back.
 */
package dev.leadpulse.core.model.yaml;
