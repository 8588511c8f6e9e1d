/**
 * Notifications in the app: the proposer hears of every decision on their usulan, the positions a new task is
 * offered to (candidate groups) hear of the task, so a new holder or an acting official (Plt/Plh) sees it too, and
 * positions named by an LKS registration timer (reminder, escalation, renewal) hear of it.
 * Written in the transaction of the step that caused them (a rolled-back step leaves none); read state is per user;
 * texts are message keys with arguments, rendered in each reader's language. Nothing depends on this module.
 */
package id.musrenflow.notification;
