/**
 * Storage in memory, {@link org.xueji.registry.inmemory.InMemoryStorage}: every port, safe under
 * concurrent use, for tests, demonstrations and vendors' unit tests.
 */
package org.xueji.registry.inmemory;
