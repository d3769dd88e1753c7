package org.medmesh.interfaces.rest.admin;

import jakarta.validation.constraints.Size;

/** The ward an account works on from now on; null or blank for none. */
public class WardRequest {

    @Size(max = 100, message = "A ward's name is at most 100 characters.")
    public String ward;
}
