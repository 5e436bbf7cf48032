package io.leadrules.app.lead;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.leadrules.app.scoring.ActivityData;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Activities a lead can store: each has an {@code id}, the idempotency key, and an {@code occurredAt} the database
 * can hold. Violations name the member, {@code activities[3].id}.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = StorableActivities.Check.class)
@interface StorableActivities {

    String ID_REQUIRED = "is required: your id for the event, the key that keeps it from being stored or counted "
            + "twice";

    String message() default "cannot be stored";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StorableActivities, List<ActivityData>> {

        @Override
        public boolean isValid(List<ActivityData> activities, ConstraintValidatorContext context) {
            if (activities == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (int i = 0; i < activities.size(); i++) {
                ActivityData activity = activities.get(i);
                if (activity == null) {
                    continue;
                }
                if (activity.id() == null || activity.id().isBlank()) {
                    valid = violation(context, i, "id", ID_REQUIRED);
                }
                if (!StorageLimits.storable(activity.occurredAt())) {
                    valid = violation(context, i, "occurredAt", StorageLimits.INSTANT_RANGE);
                }
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, int index, String member,
                                         String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(member).inIterable().atIndex(index).addConstraintViolation();
            return false;
        }
    }
}
