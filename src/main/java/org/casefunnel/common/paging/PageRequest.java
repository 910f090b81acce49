package org.casefunnel.common.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging query parameters shared by every list. Their bounds are their schemas', which the spec
 * declares and {@code QueryParameterNames} enforces.
 */
public class PageRequest {

  /** Largest page a client may ask for; documented in docs/api.md. */
  public static final int MAX_SIZE = 200;

  /** Highest page index: beyond it the offset of a full-size page would not fit an int. */
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

  /** The two as annotation values, which must be text. */
  public static final String MAX_SIZE_TEXT = "" + MAX_SIZE;

  public static final String MAX_PAGE_TEXT = "" + MAX_PAGE;

  @QueryParam("page")
  @DefaultValue("0")
  @Parameter(
      description = "Index of the page, from 0.",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              format = "int32",
              minimum = "0",
              maximum = MAX_PAGE_TEXT))
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Parameter(
      description = "Items per page, 1 to 200.",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              format = "int32",
              minimum = "1",
              maximum = MAX_SIZE_TEXT))
  public int size;

  public int offset() {
    return page * size;
  }
}
