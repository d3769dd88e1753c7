/**
 * Analytics' own tables over JDBC: the stored assessments ({@code risk_assessment}, {@code risk_assessment_input}),
 * keyed by pseudonym with no foreign key into clinical tables, and the feed's cursor ({@code analytics_feed_cursor}).
 */
package org.medmesh.analytics.infrastructure.persistence;
