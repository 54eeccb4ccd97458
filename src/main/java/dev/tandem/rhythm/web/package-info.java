@org.jspecify.annotations.NullMarked
package dev.tandem.rhythm.web;
