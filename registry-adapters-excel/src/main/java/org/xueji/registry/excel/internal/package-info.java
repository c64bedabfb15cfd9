/**
 * The workings of the workbook reader and writer; not API, and free to change in any release.
 */
package org.xueji.registry.excel.internal;
