/** The import and export pages and API of the exchange module. */
@org.jspecify.annotations.NullMarked
package dev.tandem.exchange.web;
