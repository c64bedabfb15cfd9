/**
 * Domain events that use cases publish to the {@link org.xueji.registry.spi.EventSink} with the
 * changes they report.
 */
package org.xueji.registry.event;
