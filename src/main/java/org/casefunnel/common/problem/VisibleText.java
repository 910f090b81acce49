package org.casefunnel.common.problem;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * Every {@code @NotBlank} asks for a visible character: Hibernate Validator's own check skips only
 * what {@link Character#isWhitespace} calls white space, so a title of no-break or em spaces, or of
 * zero-width characters, passed while {@code " "} was refused.
 */
@Singleton
public class VisibleText implements ValidatorFactoryCustomizer {

  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(NotBlank.class)
        .includeExistingValidators(false)
        .validatedBy(ForText.class);
    configuration.addMapping(mapping);
  }

  /** Whether the text has a character that is not white space, a space, a control or a format. */
  public static boolean visible(CharSequence text) {
    return text.codePoints().anyMatch(VisibleText::isVisible);
  }

  private static boolean isVisible(int c) {
    int type = Character.getType(c);
    return !Character.isWhitespace(c)
        && !Character.isSpaceChar(c)
        && type != Character.CONTROL
        && type != Character.FORMAT;
  }

  /** {@code @NotBlank}: not null, and at least one visible character. */
  public static class ForText implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value != null && visible(value);
    }
  }
}
