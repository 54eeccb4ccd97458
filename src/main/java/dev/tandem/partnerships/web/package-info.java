/** The partnerships' pages (htmx fragments included) and REST API. */
@org.jspecify.annotations.NullMarked
package dev.tandem.partnerships.web;
