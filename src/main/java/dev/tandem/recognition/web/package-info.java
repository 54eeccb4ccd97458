/** The recognition pages and API. */
@org.jspecify.annotations.NullMarked
package dev.tandem.recognition.web;
