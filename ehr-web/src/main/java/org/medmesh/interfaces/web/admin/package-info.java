/** The administrators' pages: the audit trail searched and its chain verified. */
package org.medmesh.interfaces.web.admin;
