/** Pages and API of partner-side guests: the guests section of a partnership, and the partner view. */
@org.jspecify.annotations.NullMarked
package dev.tandem.guests.web;
