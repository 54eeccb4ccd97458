/** The pages and the REST API of contacts and organisations. */
@org.jspecify.annotations.NullMarked
package dev.tandem.contacts.web;
