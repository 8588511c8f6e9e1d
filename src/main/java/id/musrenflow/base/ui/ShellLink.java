package id.musrenflow.base.ui;

import java.util.Set;

/**
 * A navigation entry that leaves the Vaadin app (the Camunda webapps, for instance), shown to users holding one of
 * {@code roles}. Modules contribute these as beans.
 */
public record ShellLink(String titleKey, String href, String icon, Set<String> roles) {
}
