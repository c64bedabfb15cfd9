package org.xueji.registry.excel;

import org.xueji.registry.testing.FullIdentityNumbersNeverLeak;

/**
 * Checks after the Excel adapter's suite that its output holds no full identity number; run by the
 * {@code identity-leak-check} execution of Surefire, not by the default test run.
 */
class IdentityLeakCheck extends FullIdentityNumbersNeverLeak {
}
