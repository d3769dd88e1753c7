/**
 * Views shared by every context's application services: the provenance of a record.
 */
package org.medmesh.shared.application;
