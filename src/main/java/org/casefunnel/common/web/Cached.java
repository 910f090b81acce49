package org.casefunnel.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET operation whose response is answered conditionally by {@link HttpCaching}: a strong
 * ETag derived from the version of the funnel behind it, Last-Modified, Cache-Control, and 304 on
 * If-None-Match without building the body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cached {

  /** What the path parameter {@link #param()} names. */
  Scope value();

  /** The path parameter holding the id; ignored for {@link Scope#FUNNEL_LIST}. */
  String param() default "id";

  /**
   * Whether editors get another body than everyone else (the audit history names users only to
   * editors): the role is then part of the variant, and responses vary by Authorization.
   */
  boolean byRole() default false;

  enum Scope {
    /** The parameter is a funnel id. */
    FUNNEL,
    /** The parameter is a figure id; the figure's funnel stamps the response. */
    FIGURE,
    /** The parameter is a statement id. */
    STATEMENT,
    /** The parameter is a source id. */
    SOURCE,
    /** The response is derived from the list of all funnels. */
    FUNNEL_LIST
  }
}
