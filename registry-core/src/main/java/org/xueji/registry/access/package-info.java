/**
 * Who may act on what: the acting {@link org.xueji.registry.access.Actor}, its
 * {@link org.xueji.registry.access.Role} and its {@link org.xueji.registry.access.Scope} in the
 * hierarchy province ⊃ city ⊃ county ⊃ school ⊃ branch school.
 */
package org.xueji.registry.access;
