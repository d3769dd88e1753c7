/** Implementation of the audit log service. */
package org.medmesh.audit.application.internal;
