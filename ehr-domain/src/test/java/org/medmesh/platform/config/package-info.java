/** Tests of the node's list of properties against the launcher, the README and the code that reads them. */
package org.medmesh.platform.config;
