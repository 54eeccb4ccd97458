/** Identity's pages and API: sign-up and log-in, account, workspaces, members, tokens, audit log. */
@org.jspecify.annotations.NullMarked
package dev.tandem.identity.web;
