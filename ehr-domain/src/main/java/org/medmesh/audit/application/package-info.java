/** The audit log as the application uses it: record an entry, and, for administrators, search and verify. */
package org.medmesh.audit.application;
