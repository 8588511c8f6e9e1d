/**
 * Camunda Forms (form-js JSON, the files in {@code forms/}) read without the engine, rendered with Vaadin and
 * validated again on the server. Exposed as a named interface so business modules' task views can use it.
 */
@org.springframework.modulith.NamedInterface("forms")
package id.musrenflow.workflow.forms;
