/** Tests of the origin's seal on changes. */
package org.medmesh.sync.infrastructure.signing;
