/**
 * Bean Validation constraints for the numbers of the identity package, to put on an
 * application's own forms and requests.
 *
 * <p>The code here compiles against the Jakarta Bean Validation API only. Messages are Chinese
 * and come from the bundle {@code ContributorValidationMessages}, which Hibernate Validator reads
 * from every jar beside the application's own {@code ValidationMessages}; an application
 * overrides a message by defining the same key in its {@code ValidationMessages}. A violation of
 * the default message is reported with the key of the specific problem, such as
 * {@code org.xueji.registry.identity.IdentityNumberProblem.CHECK_CHARACTER}.
 */
package org.xueji.registry.identity.validation;
