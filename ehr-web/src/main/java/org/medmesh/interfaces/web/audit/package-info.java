/** The pages' audit trail (the same records as the API's), what a refused call means on a page, and its messages. */
package org.medmesh.interfaces.web.audit;
