/** The ledger pages and API. */
@org.jspecify.annotations.NullMarked
package dev.tandem.ledger.web;
