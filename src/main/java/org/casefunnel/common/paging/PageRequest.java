package org.casefunnel.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging query parameters shared by every list. */
public class PageRequest {

  /** Largest page a client may ask for; documented in docs/api.md. */
  public static final int MAX_SIZE = 200;

  /** Highest page index: beyond it the offset of a full-size page would not fit an int. */
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(MAX_PAGE)
  @Parameter(description = "Index of the page, from 0.")
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(MAX_SIZE)
  @Parameter(description = "Items per page, 1 to 200.")
  public int size;

  public int offset() {
    return page * size;
  }
}
