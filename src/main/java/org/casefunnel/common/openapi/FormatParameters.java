package org.casefunnel.common.openapi;

import java.util.ArrayList;
import java.util.List;
import org.casefunnel.common.web.FormatParameter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares {@code ?format=} ({@link FormatParameter}) on every read whose 200 comes in more than
 * one of the formats it names, with those formats as its values, so generated clients can send it.
 * The filter takes it on every request, but only where it chooses between representations is it
 * worth an argument: elsewhere a format is the one answer there is, or a 406.
 */
final class FormatParameters {

  private FormatParameters() {}

  static void declare(Operation operation) {
    List<String> formats = formats(operation);
    if (formats.size() < 2 || declared(operation)) {
      return;
    }
    Parameter format =
        OASFactory.createParameter()
            .name(FormatParameter.NAME)
            .in(Parameter.In.QUERY)
            .required(false)
            .description(
                "The format of the answer, for a link or a spreadsheet that cannot set Accept: it"
                    + " replaces Accept ("
                    + String.join(", ", describe(formats))
                    + "). Another format this read does not answer in is a 406; a value that"
                    + " names no format is a 400.")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .enumeration(new ArrayList<>(formats))
                    .examples(List.of(formats.get(formats.size() - 1))));
    // after the other query parameters, before the conditional headers the filter appends
    List<Parameter> parameters =
        new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
    int at = 0;
    for (int i = 0; i < parameters.size(); i++) {
      Parameter.In in = parameters.get(i).getIn();
      if (in == Parameter.In.PATH || in == Parameter.In.QUERY) {
        at = i + 1;
      }
    }
    parameters.add(at, format);
    operation.setParameters(parameters);
  }

  /** The format names of the media types the operation's 200 comes in, in the filter's order. */
  static List<String> formats(Operation operation) {
    APIResponse ok =
        operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
    Content content = ok == null ? null : ok.getContent();
    if (content == null || content.getMediaTypes() == null) {
      return List.of();
    }
    return FormatParameter.namesAmong(content.getMediaTypes().keySet());
  }

  private static List<String> describe(List<String> formats) {
    return formats.stream().map(f -> f + " for " + FormatParameter.FORMATS.get(f)).toList();
  }

  private static boolean declared(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.QUERY && FormatParameter.NAME.equals(p.getName()));
  }
}
