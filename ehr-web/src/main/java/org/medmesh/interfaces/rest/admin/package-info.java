/**
 * Administration of this hospital (staff accounts); for admins only.
 */
package org.medmesh.interfaces.rest.admin;
