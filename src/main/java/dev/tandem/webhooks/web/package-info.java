/** The webhooks pages and API. */
@org.jspecify.annotations.NullMarked
package dev.tandem.webhooks.web;
