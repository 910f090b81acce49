package org.casefunnel.pages;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.WithPriority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.casefunnel.text.Bidi;
import org.casefunnel.text.SvgText;

/**
 * Every value an HTML page shows is escaped as Qute escapes it, after its directional controls are
 * balanced ({@link Bidi}), so that a label cannot reorder the count shown after it, and without the
 * characters markup forbids (controls, U+FFFF: {@link SvgText#allowedInMarkup}). Registered before
 * Qute's own escaper, which it delegates to.
 */
@Singleton
public class BalancedHtml implements ResultMapper {

  private static final List<String> HTML = List.of("text/html");

  private final HtmlEscaper escaper = new HtmlEscaper(HTML);

  void register(@Observes EngineBuilder engine) {
    engine.addResultMapper(this);
  }

  @Override
  public int getPriority() {
    // above Qute's HtmlEscaper, so this one decides for the text it applies to
    return WithPriority.DEFAULT_PRIORITY + 10;
  }

  @Override
  public boolean appliesTo(TemplateNode.Origin origin, Object result) {
    return !(result instanceof RawString) && escaper.appliesTo(origin, result);
  }

  @Override
  public String map(Object result, Expression expression) {
    return escaper.map(SvgText.forMarkup(Bidi.balanced(result.toString())), expression);
  }
}
