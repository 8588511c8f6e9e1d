/**
 * The only module that talks to Camunda (outside business modules' {@code process} packages): engine
 * configuration, the identity bridge, authentication of the engine REST API and webapps, typed process variables,
 * the task inbox and the Camunda Forms renderer.
 */
package id.musrenflow.workflow;
