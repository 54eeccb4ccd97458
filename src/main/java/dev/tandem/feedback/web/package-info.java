/** The feedback pages, the public answer page of pulse links, and the API. */
@org.jspecify.annotations.NullMarked
package dev.tandem.feedback.web;
