package org.casefunnel.figure;

import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the changes feed, with the cursor to continue from. */
@Schema(
    name = "FigureChangesPage",
    description =
        "Changes in feed order: the order they were committed in (the changes of one write in the"
            + " order they happened). Pass next as 'after' to get the following page, or to poll"
            + " later for newer changes: a change committed later always comes after the cursor,"
            + " so polling neither skips nor repeats one.")
public record ChangesPage(
    @Schema(description = "The changes on this page, oldest first.") List<ChangeView> items,
    @Schema(
            description =
                "Opaque cursor after the last change on this page (or the position asked for"
                    + " when the page is empty); always present, so a dashboard can poll with it.")
        String next,
    @Schema(description = "True when more changes follow at once (the page was full).")
        boolean more) {

  /** The same page with each change's author as {@code shown} gives it. */
  public ChangesPage withAuthors(UnaryOperator<String> shown) {
    return new ChangesPage(
        items.stream().map(c -> c.withBy(shown.apply(c.by()))).toList(), next, more);
  }
}
