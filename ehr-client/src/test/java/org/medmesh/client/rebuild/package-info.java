/** Tests of the rebuild command: digests compared, repair asked, deadline kept. */
package org.medmesh.client.rebuild;
