/**
 * What every module shares: typed ids, time, errors as RFC 9457 problems, cursor pages, mail and
 * the web conventions. An open module: any module may use any of it, and it depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package dev.tandem.shared;
