/**
 * What operators watch of the node's own traffic: requests, errors and latency per endpoint group, as MicroProfile
 * metrics present from start-up, labelled only by fixed names (never by a path, an id or anything of a patient).
 */
package org.medmesh.interfaces.monitoring;
