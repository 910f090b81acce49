package org.casefunnel.common.problem;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.internal.constraintvalidators.bv.size.SizeValidatorForArray;
import org.hibernate.validator.internal.constraintvalidators.bv.size.SizeValidatorForCollection;
import org.hibernate.validator.internal.constraintvalidators.bv.size.SizeValidatorForMap;

/**
 * Every {@code @Size} on text counts characters (Unicode code points), as the documentation and
 * JSON Schema's maxLength promise, not UTF-16 units: an emoji is one character, not two. Lists,
 * maps and arrays keep Hibernate Validator's own size checks.
 */
@Singleton
public class CodePointSize implements ValidatorFactoryCustomizer {

  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(Size.class)
        .includeExistingValidators(false)
        .validatedBy(ForText.class)
        .validatedBy(SizeValidatorForCollection.class)
        .validatedBy(SizeValidatorForMap.class)
        .validatedBy(SizeValidatorForArray.class);
    configuration.addMapping(mapping);
  }

  /** {@code @Size} for text, in code points; null is valid as with every size check. */
  public static class ForText implements ConstraintValidator<Size, CharSequence> {
    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
      this.min = size.min();
      this.max = size.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      // code points never outnumber UTF-16 units: only a long text needs counting
      if (value.length() >= min && value.length() <= max) {
        return true;
      }
      long count = value.codePoints().count();
      return count >= min && count <= max;
    }
  }
}
