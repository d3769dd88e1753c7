/** The pages' audit trail (the same records as the API's) and what a refused call means on a page. */
package org.medmesh.interfaces.web.audit;
