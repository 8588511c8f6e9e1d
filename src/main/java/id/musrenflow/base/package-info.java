/** Shared kernel: money, dates, errors, audit trail, internationalization and the Vaadin application shell. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.musrenflow.base;
