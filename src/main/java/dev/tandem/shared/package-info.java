/**
 * What every module shares: typed ids, time, the domain's refusals ({@link dev.tandem.shared.Refusal}, mapped
 * to RFC 9457 problems by {@code shared.web}), cursor pages, mail and the web conventions. An open module: any module may use any of it, and it depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package dev.tandem.shared;
