/**
 * Prescribing (doctors), dispensing (pharmacists) and the medication status flow.
 */
package org.medmesh.medication.application;
