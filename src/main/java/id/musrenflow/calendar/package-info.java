/**
 * The statutory working calendar: Monday to Friday minus the public holidays of each year (national holidays and
 * cuti bersama set yearly by the SKB 3 Menteri, and regional holidays), which the Bappeda admin keeps as data. Every
 * deadline counted in working days asks {@link id.musrenflow.calendar.WorkingCalendar}.
 */
package id.musrenflow.calendar;
