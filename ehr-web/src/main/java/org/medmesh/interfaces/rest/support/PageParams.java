package org.medmesh.interfaces.rest.support;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20&includeVoided=false} on every list. */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "page starts at 0.")
    @Max(value = 100000, message = "page is at most 100000; narrow the search instead.")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "size is at least 1.")
    @Max(value = 100, message = "size is at most 100.")
    public int size;

    @QueryParam("includeVoided")
    @DefaultValue("false")
    public boolean includeVoided;
}
