/**
 * What program-service's services accept: one record per request body, with the Bean Validation
 * that guards it and the OpenAPI schema integrators read. The REST layer passes them on as they
 * arrive; services never depend on the REST layer.
 */
package id.sinergi.program.command;
