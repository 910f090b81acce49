package org.casefunnel.model;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The resource a change is about, however the route named it (by numeric id, or by its key in a
 * funnel): {@code funnelOf} names the funnel to lock, {@code find} fetches the resource from the
 * locked funnel. Both lookups run inside {@link FunnelChanges#modify}, so a resource that is not
 * there fails the same way (404, or 412 under an If-Match naming tags) whichever route was taken,
 * and each change is written once.
 */
public record Target<T>(Supplier<String> funnelOf, Function<Funnel, T> find) {}
