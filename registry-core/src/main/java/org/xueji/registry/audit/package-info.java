/**
 * The audit trail: an {@link org.xueji.registry.audit.AuditEntry} for every change and every
 * refusal, read through {@link org.xueji.registry.audit.AuditLog} by the actors in whose scope it
 * happened.
 */
package org.xueji.registry.audit;
