/** Tests of the backup archive: what it keeps, and every way a damaged or foreign backup is refused. */
package org.medmesh.platform.infrastructure.backup;
