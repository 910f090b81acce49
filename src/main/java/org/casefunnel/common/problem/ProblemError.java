package org.casefunnel.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One error inside a problem document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemError", description = "One error found in a request.")
public record ProblemError(
    @Schema(
            description =
                "RFC 6901 JSON pointer to the offending value in the request body, or the"
                    + " name of the offending parameter.",
            examples = "/figures/2/low")
        String pointer,
    @Schema(description = "What is wrong there.", examples = "must not be greater than high (3000)")
        String detail) {}
