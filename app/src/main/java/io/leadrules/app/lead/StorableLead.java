package io.leadrules.app.lead;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.leadrules.app.scoring.LeadData;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A lead whose values the database can hold ({@link StorageLimits}); violations name the member. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = StorableLead.Check.class)
@interface StorableLead {

    String message() default "cannot be stored";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StorableLead, LeadData> {

        @Override
        public boolean isValid(LeadData lead, ConstraintValidatorContext context) {
            if (lead == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (!StorageLimits.storable(lead.annualRevenue())) {
                context.buildConstraintViolationWithTemplate(StorageLimits.REVENUE_RANGE)
                        .addPropertyNode("annualRevenue").addConstraintViolation();
                valid = false;
            }
            if (lead.consent() != null && !StorageLimits.storable(lead.consent().grantedAt())) {
                context.buildConstraintViolationWithTemplate(StorageLimits.INSTANT_RANGE)
                        .addPropertyNode("consent").addPropertyNode("grantedAt").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
