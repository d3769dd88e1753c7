/** The pages' edge: the headers every page carries. */
package org.medmesh.interfaces.web.edge;
