/**
 * The model file: reading YAML with line numbers into a {@link dev.leadpulse.core.model.Model},
 * reporting every problem at once ({@link dev.leadpulse.core.model.yaml.Problem}), and
 * writing a model back. The plays file is read here too ({@link dev.leadpulse.core.model.yaml.PlaysReader}),
 * with the same line-numbered tree and messages.
 */
package dev.leadpulse.core.model.yaml;
