/** The hospital's backups on the real node: made by the leader on schedule and on demand, restored, refused. */
package org.medmesh.backup;
