package dev.tandem.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation that answers the record's version as an {@code ETag}; the API description declares the header
 * (and, where the operation takes {@code If-Match}, its 412).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ETagged {}
