package org.casefunnel.common.problem;

/**
 * A request body whose constraints hold as sent: nothing from the path or the stored state fills it
 * in before it is checked. A refusal for its unknown members can name its constraint errors too
 * ({@link UnknownMembersException}); other bodies' checks would report what the route fills in.
 */
public interface CompleteAsSent {}
