package org.casefunnel.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.casefunnel.text.SvgText;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks that the text of a chart stays inside the image, measured as the charts measure it. */
public final class SvgFit {

  private SvgFit() {}

  /** Every text element, from its x and anchor, ends within [0, width]. */
  public static void everyTextInside(NodeList texts, double width) {
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      double x = Double.parseDouble(text.getAttribute("x"));
      double w =
          SvgText.width(text.getTextContent(), Integer.parseInt(text.getAttribute("font-size")));
      String anchor = text.getAttribute("text-anchor");
      double left = "end".equals(anchor) ? x - w : "middle".equals(anchor) ? x - w / 2 : x;
      assertThat(left).as(text.getTextContent()).isGreaterThanOrEqualTo(0);
      assertThat(left + w).as(text.getTextContent()).isLessThanOrEqualTo(width);
    }
  }
}
