/** The goals pages and API. */
@org.jspecify.annotations.NullMarked
package dev.tandem.goals.web;
