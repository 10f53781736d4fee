package org.wego.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An absolute http(s) URL with a host that parses as a URI (RFC 3986 characters only, so it can be written into
 * iCalendar, Turtle and JSON-LD as is); null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {

    String message() default "must be an absolute http(s) URL (percent-encode spaces and characters such as < > \" { })";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
