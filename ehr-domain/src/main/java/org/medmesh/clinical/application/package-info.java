/**
 * Recording and reading clinical data; who may do what is declared on each operation.
 */
package org.medmesh.clinical.application;
