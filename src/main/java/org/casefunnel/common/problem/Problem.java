package org.casefunnel.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    description =
        "An RFC 9457 problem document, sent as application/problem+json with every error.")
public record Problem(
    @Schema(
            description = "Stable URI that identifies the kind of problem.",
            examples = "urn:case-funnel:problem:validation-failed")
        String type,
    @Schema(description = "Short summary of the kind of problem.", examples = "Validation failed")
        String title,
    @Schema(description = "HTTP status code.", examples = "422") int status,
    @Schema(
            description = "What went wrong in this occurrence.",
            examples = "The funnel document has 2 errors.")
        String detail,
    @Schema(
            description = "The request path this problem occurred on.",
            examples = "/api/funnel-documents")
        String instance,
    @Schema(
            description =
                "Each error found, with a JSON pointer into the request where one applies.")
        List<ProblemError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
