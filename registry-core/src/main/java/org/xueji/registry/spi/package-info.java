/**
 * The ports storage adapters implement: stores, the unit of work, the audit trail and the event
 * sink, bundled by {@link org.xueji.registry.spi.RegistryStorage}. The core reaches storage only
 * through them.
 */
package org.xueji.registry.spi;
