/** The demo page and the demo-loading endpoint of the REST API. */
@org.jspecify.annotations.NullMarked
package dev.tandem.demo.web;
