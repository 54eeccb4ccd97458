/** The pages and the REST API of endings: contracts with their exit terms. */
@org.jspecify.annotations.NullMarked
package dev.tandem.endings.web;
