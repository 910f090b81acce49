package org.casefunnel.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total so clients can page through it. */
@Schema(description = "One page of a list.")
public record PageView<T>(
    @Schema(description = "The items on this page.") List<T> items,
    @Schema(description = "Number of items across all pages.", examples = "42") long total,
    @Schema(description = "Index of this page, from 0.", examples = "0") int page,
    @Schema(description = "Maximum number of items on a page.", examples = "20") int size) {}
