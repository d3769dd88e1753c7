/**
 * The node's configuration: every MicroProfile Config property a hospital node reads, with its default and meaning.
 */
package org.medmesh.platform.config;
