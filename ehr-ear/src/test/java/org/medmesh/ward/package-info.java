/** The ward UI in a real browser against a real node. */
package org.medmesh.ward;
