/**
 * Import and export of contacts: vCard 2.1, 3.0 and 4.0 and CSV (Google Contacts, Outlook, LinkedIn
 * and Tandem's own columns) in, vCard and CSV out. An upload is previewed (the column mapping and what
 * each row will do) before it is confirmed; rows are de-duplicated by email.
 *
 * <p>The readers and writers ({@code VCardFormat}, {@code CsvFormat}) are plain Java without Spring;
 * {@link dev.tandem.exchange.ExchangeService} is the module's API. It publishes no events and listens to none.
 * Depends on {@code shared}, {@code identity}, {@code contacts} (through
 * {@link dev.tandem.contacts.ContactImports}) and {@code partnerships} (the portfolio in the workspace export).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "contacts", "partnerships"})
@org.jspecify.annotations.NullMarked
package dev.tandem.exchange;
