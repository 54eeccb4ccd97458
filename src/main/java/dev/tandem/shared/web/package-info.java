/** The web conventions: problems for the API, error pages for people, request limits. */
@org.jspecify.annotations.NullMarked
package dev.tandem.shared.web;
