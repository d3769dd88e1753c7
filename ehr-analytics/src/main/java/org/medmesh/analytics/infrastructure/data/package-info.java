/**
 * The UCI Heart Disease data shipped with the module (CC BY 4.0, attribution beside the files) and its loader.
 */
package org.medmesh.analytics.infrastructure.data;
