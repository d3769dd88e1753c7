/** How the pages write what they show (times in the server's zone), in one place. */
package org.medmesh.interfaces.web.format;
